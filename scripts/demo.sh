#!/usr/bin/env bash
# The quick start: installs what is missing, builds the `steppe` command (Release, build/), and
# shows the BACAC knowledge graph in datasets/bacac.json: validation with every citation checked
# against the source text, then the schema.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
mkdir -p build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >build/configure.log 2>&1 ||
    { cat build/configure.log; exit 1; }
cmake --build build --target steppe_cli --parallel "$(nproc)"

echo
echo "\$ build/steppe check -g datasets/bacac.json"
build/steppe check -g datasets/bacac.json
echo
echo "\$ build/steppe schema -g datasets/bacac.json"
build/steppe schema -g datasets/bacac.json
