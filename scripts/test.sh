#!/usr/bin/env bash
# Builds Steppe and runs every test: first a Release build (build/), then the same tests built
# with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/). Exits non-zero on any
# failure. Installs missing Debian packages first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --with-tests
jobs=$(nproc)

run_suite() { # name, build dir, extra cmake arguments...
    local name=$1 dir=$2
    shift 2
    echo "== $name: configure and build ($dir)"
    cmake -S . -B "$dir" -G Ninja "$@" >"$dir/configure.log" 2>&1 ||
        { cat "$dir/configure.log"; return 1; }
    cmake --build "$dir" --parallel "$jobs"
    echo "== $name: tests"
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs"
}

mkdir -p build build-asan
run_suite "release" build -DCMAKE_BUILD_TYPE=Release
# Benchmarks are not tests; the sanitizer build leaves them out to save build time.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    run_suite "sanitizers (address, undefined)" build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSTEPPE_SANITIZE=ON -DSTEPPE_BUILD_BENCHMARKS=OFF
echo "== all tests passed"
