// Running a query as a micro-benchmark: the helpers the query benchmarks share.
#ifndef STEPPE_BENCHMARKS_BENCHMARK_QUERY_HPP_
#define STEPPE_BENCHMARKS_BENCHMARK_QUERY_HPP_

#include <string>

#include <benchmark/benchmark.h>

#include "steppe/database.hpp"

namespace steppe::bench {

// Runs `text` once per iteration and returns the result of the last run. A failed query, or
// one that returns no row (a benchmark of a question with no answer measures nothing), stops
// the benchmark with the reason.
QueryResult runQuery(benchmark::State& state, Database& db, const std::string& text);

// Runs "EXPLAIN <text>" once per iteration: parse, bind and plan without running. A failed
// query, or an empty plan, stops the benchmark with the reason.
void planQuery(benchmark::State& state, Database& db, const std::string& text);

// The BACAC graph of datasets/bacac.json, loaded on first use and kept for the whole program.
Database& bacacDatabase();

} // namespace steppe::bench

#endif // STEPPE_BENCHMARKS_BENCHMARK_QUERY_HPP_
