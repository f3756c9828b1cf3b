#!/usr/bin/env bash
# Builds steppe_tck (Release, in build/) and runs the openCypher TCK against Steppe, printing one
# line per failing scenario and a table of passes per folder. Arguments go to steppe_tck, e.g.
#   scripts/tck.sh                          # the v1 subset
#   scripts/tck.sh --subset all --filter clauses/match/ --verbose
#   scripts/tck.sh --write-passing tests/tck/expected-pass.txt   # lock in what passes now
# Relative paths are taken from the repository root. STEPPE_BUILD_DIR overrides build/ and
# STEPPE_JOBS the number of compile jobs (default: all cores).
# Exit status: steppe_tck's (0; 1 when --expected ids fail; 2 on a setup error).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${STEPPE_BUILD_DIR:-build}
mkdir -p "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$build/configure-tck.log" 2>&1 ||
    { cat "$build/configure-tck.log"; exit 2; }
cmake --build "$build" --target steppe_tck --parallel "${STEPPE_JOBS:-$(nproc)}" || exit 2
exec "$build/tests/steppe_tck" "$@"
