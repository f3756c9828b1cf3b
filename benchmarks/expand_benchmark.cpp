// Expansion along one relationship type, on a synthetic graph whose types differ in size
// (60%, 30% and 10% of 500,000 relationships). An expansion that reads only its type's range
// takes time in proportion to that type's share; one that filters every relationship of a
// node takes the same time for all three.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <benchmark/benchmark.h>

#include "benchmarks/benchmark_query.hpp"
#include "benchmarks/synthetic_graph.hpp"
#include "steppe/database.hpp"

namespace {

const char* const kTypes[] = {"KNOWS", "LIVES_IN", "LIKES"};

steppe::Database& expandGraph() {
    static steppe::Database db;
    static const bool loaded = [] {
        steppe::bench::GraphShape shape;
        shape.nodes = 100'000;
        shape.types = {{"KNOWS", 6}, {"LIVES_IN", 3}, {"LIKES", 1}};
        const steppe::Status status = db.loadJson(steppe::bench::syntheticGraph(shape));
        if (!status.ok()) {
            std::fprintf(stderr, "%s\n", status.toString().c_str());
            std::exit(1);
        }
        return true;
    }();
    (void)loaded;
    return db;
}

// Rows per second: the count the query returns, times the runs.
void countRate(benchmark::State& state, const steppe::QueryResult& result) {
    if (result.rowCount() == 1 && result.row(0)[0].kind() == steppe::ValueKind::kInteger) {
        state.counters["rows"] = static_cast<double>(result.row(0)[0].asInteger());
        state.counters["rows/s"] =
            benchmark::Counter(static_cast<double>(result.row(0)[0].asInteger()) *
                                   static_cast<double>(state.iterations()),
                               benchmark::Counter::kIsRate);
    }
}

// (a)-[:T]->(b): one hop from every node.
void BM_ExpandOneHop(benchmark::State& state) {
    const std::string type = kTypes[state.range(0)];
    state.SetLabel(type);
    countRate(state, steppe::bench::runQuery(state, expandGraph(),
                                             "MATCH (a)-[:" + type + "]->(b) RETURN count(*)"));
}
BENCHMARK(BM_ExpandOneHop)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

// (a)-[:T]->(b) WHERE b.rank < 50: one hop that must look at every neighbour it reaches.
void BM_ExpandOneHopFiltered(benchmark::State& state) {
    const std::string type = kTypes[state.range(0)];
    state.SetLabel(type);
    countRate(state, steppe::bench::runQuery(state, expandGraph(),
                                             "MATCH (a)-[:" + type +
                                                 "]->(b) WHERE b.rank < 50 RETURN count(*)"));
}
BENCHMARK(BM_ExpandOneHopFiltered)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

// (a)-[:T]->(b)-[:T]->(c): two hops, the rows of one times the mean degree of the type.
void BM_ExpandTwoHops(benchmark::State& state) {
    const std::string type = kTypes[state.range(0)];
    state.SetLabel(type);
    countRate(state, steppe::bench::runQuery(state, expandGraph(),
                                             "MATCH (a)-[:" + type + "]->(b)-[:" + type +
                                                 "]->(c) RETURN count(*)"));
}
BENCHMARK(BM_ExpandTwoHops)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

} // namespace
