// JSON load throughput: a synthetic graph, loaded through the public API from memory.
#include <cstdint>
#include <string>

#include <benchmark/benchmark.h>

#include "benchmarks/synthetic_graph.hpp"
#include "steppe/database.hpp"

namespace {

void BM_LoadJson(benchmark::State& state) {
    steppe::bench::GraphShape shape;
    shape.nodes = static_cast<int>(state.range(0));
    const std::string json = steppe::bench::syntheticGraph(shape);
    for (auto _ : state) {
        steppe::Database db;
        steppe::Status status = db.loadJson(json);
        if (!status.ok()) {
            state.SkipWithError(status.toString().c_str());
            break;
        }
        benchmark::DoNotOptimize(db);
    }
    // Reported as bytes_per_second: the load's MB/s.
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(json.size()));
    state.counters["relationships"] =
        static_cast<double>(state.range(0) * shape.relationshipsPerNode);
}
BENCHMARK(BM_LoadJson)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace
