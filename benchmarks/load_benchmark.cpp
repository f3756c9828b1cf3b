// JSON load throughput: a synthetic graph, loaded through the public API from memory.
#include <string>

#include <benchmark/benchmark.h>

#include "steppe/database.hpp"

namespace {

// A graph of `nodes` nodes with two labels and a name, and about 5 relationships a node over
// three types, in the loading format.
std::string syntheticGraph(int nodes) {
    std::string json = "{\"nodes\": [\n";
    for (int i = 0; i < nodes; ++i) {
        json += (i ? ",\n" : "");
        json += "{\"id\": \"n" + std::to_string(i) + "\", \"labels\": [\"" +
                (i % 2 ? "Person" : "Place") + "\"], \"properties\": {\"name\": \"node " +
                std::to_string(i) + "\", \"rank\": " + std::to_string(i % 100) + "}}";
    }
    json += "],\n\"edges\": [\n";
    static const char* kTypes[] = {"KNOWS", "LIVES_IN", "LIKES"};
    unsigned long long seed = 42;
    for (int i = 0; i < nodes * 5; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        int from = static_cast<int>((seed >> 33) % static_cast<unsigned long long>(nodes));
        int to = static_cast<int>((seed >> 13) % static_cast<unsigned long long>(nodes));
        json += (i ? ",\n" : "");
        json += "{\"from\": \"n" + std::to_string(from) + "\", \"to\": \"n" + std::to_string(to) +
                "\", \"type\": \"" + kTypes[i % 3] + "\"}";
    }
    json += "]}\n";
    return json;
}

void BM_LoadJson(benchmark::State& state) {
    const std::string json = syntheticGraph(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        steppe::Database db;
        steppe::Status status = db.loadJson(json);
        if (!status.ok()) {
            state.SkipWithError(status.toString().c_str());
            break;
        }
        benchmark::DoNotOptimize(db);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(json.size()));
    state.counters["relationships"] = static_cast<double>(state.range(0) * 5);
}
BENCHMARK(BM_LoadJson)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace
