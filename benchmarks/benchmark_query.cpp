#include "benchmarks/benchmark_query.hpp"

#include <cstdlib>
#include <iostream>

namespace steppe::bench {

namespace {

QueryResult runEachIteration(benchmark::State& state, Database& db, const std::string& text) {
    QueryResult result;
    for (auto _ : state) {
        const Status status = db.query(text, &result);
        if (!status.ok()) {
            state.SkipWithError(status.toString().c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    return result;
}

} // namespace

QueryResult runQuery(benchmark::State& state, Database& db, const std::string& text) {
    QueryResult result = runEachIteration(state, db, text);
    if (result.rowCount() == 0) {
        state.SkipWithError("the query returned no row");
    }
    return result;
}

void planQuery(benchmark::State& state, Database& db, const std::string& text) {
    if (runEachIteration(state, db, "EXPLAIN " + text).plan().empty()) {
        state.SkipWithError("EXPLAIN returned no plan");
    }
}

Database& bacacDatabase() {
    static Database db;
    static const bool loaded = [] {
        const Status status =
            db.loadFiles({std::string(STEPPE_SOURCE_DIR) + "/datasets/bacac.json"});
        if (!status.ok()) {
            std::cerr << "cannot load the BACAC graph: " << status.toString() << "\n";
            std::exit(1);
        }
        return true;
    }();
    (void)loaded;
    return db;
}

} // namespace steppe::bench
