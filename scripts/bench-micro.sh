#!/usr/bin/env bash
# Micro-benchmarks (Google Benchmark, benchmarks/*_benchmark.cpp): JSON load throughput, expansion
# per relationship type, the BACAC questions of the README, and parse + bind + plan time. Builds
# them (Release), runs each 5 times and prints the medians; every aggregate (mean, median,
# standard deviation) goes to build/bench/micro.json.
#
# Usage: scripts/bench-micro.sh [Google Benchmark flags...]
#   e.g. scripts/bench-micro.sh --benchmark_filter=Bacac
#        scripts/bench-micro.sh --benchmark_repetitions=10
# Not a test: the timings depend on the machine; scripts/test.sh never runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --with-tests
mkdir -p build/bench
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >build/configure.log 2>&1 ||
    { cat build/configure.log; exit 1; }
cmake --build build --target steppe_benchmarks --parallel "$(nproc)"

# Later flags win, so the caller's arguments may override the repetitions.
build/benchmarks/steppe_benchmarks --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true \
    --benchmark_out=build/bench/micro.json --benchmark_out_format=json "$@" |
    grep -Ev '_(mean|stddev|cv) '
echo "medians of the repetitions above; all aggregates in build/bench/micro.json"
echo "The machine may be shared: compare Time (wall clock) with CPU to see how noisy a run was."
