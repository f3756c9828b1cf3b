#!/usr/bin/env bash
# Measures loading a generated graph: wall time, peak RSS and store bytes per node and per
# relationship, as medians of several runs (each run a fresh process).
# Usage: scripts/measure-load.sh [RELATIONSHIPS] [RUNS]    (defaults: 1000000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
rels=${1:-1000000}
runs=${2:-3}

scripts/install-deps.sh --with-tests
mkdir -p build/bench
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >build/configure.log 2>&1 ||
    { cat build/configure.log; exit 1; }
cmake --build build --target load_footprint --parallel "$(nproc)"

graph=build/bench/graph-$rels.json
if [[ ! -f $graph ]]; then
    echo "generating $graph"
    python3 benchmarks/gen_graph.py --relationships "$rels" "$graph"
fi

results=()
for ((i = 1; i <= runs; i++)); do
    results+=("$(build/benchmarks/load_footprint "$graph")")
    echo "run $i: ${results[-1]}"
done
printf '%s\n' "${results[@]}" | python3 -c '
import json, statistics, sys
runs = [json.loads(line) for line in sys.stdin]
keys = ["load_s", "mib_per_s", "peak_rss_mib", "rss_after_load_mib"]
print("medians of %d runs: " % len(runs) + ", ".join(
    "%s %.3f" % (k, statistics.median(r[k] for r in runs)) for k in keys))
first = runs[0]
print("file %.1f MiB, %d nodes, %d relationships; store %.1f MiB: %.1f bytes/node, %.1f bytes/rel, properties %.1f MiB"
      % (first["file_mib"], first["nodes"], first["relationships"], first["store_mib"],
         first["bytes_per_node"], first["bytes_per_rel"], first["property_mib"]))
'
