#!/usr/bin/env bash
# Installs the build into a temporary prefix, builds examples/embed against it with
# find_package(steppe), and runs the example on the dataset: the way embedders use Steppe.
# Usage: find_package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$source/examples/embed" -B "$work/embed" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/configure.log" 2>&1 ||
    { cat "$work/configure.log"; exit 1; }
cmake --build "$work/embed" >/dev/null
out=$("$work/embed/graph_summary" "$source/datasets/bacac.json")
echo "$out"
# The dataset's ten founding members are countries, and there are more countries than that.
grep -Eq '^  :Country (1[0-9]|[2-9][0-9])$' <<<"$out"
grep -q '^  -\[:MEMBER_OF\]- ' <<<"$out"
