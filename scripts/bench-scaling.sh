#!/usr/bin/env bash
# How cost grows with the data (issue 6): generates synthetic graphs (benchmarks/gen_graph.py:
# power-law in-degrees, five labels, six types) of each size, and for each one measures load
# time, peak RSS during the load, the store's size and two two-hop counts
# (benchmarks/scaling/queries/), checked against counts made without the engine
# (benchmarks/scaling/count_two_hops.py). Prints the table and the growth factor per step;
# writes build/bench/scaling.json.
#
# Usage: scripts/bench-scaling.sh [--sizes 100000,1000000,10000000] [--processes P] [--runs N]
#   --sizes LIST    relationship counts (default 100000,1000000,10000000)
#   --processes P   runner processes per size, each loading the graph once (default 3)
#   --runs N        timed runs of each query per process, after one warm-up (default 3)
# Figures are medians over the processes. Generated graphs are kept in build/bench/ (the one of
# 10^7 relationships is about 0.8 GiB). Not a test; scripts/test.sh never runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { # exit status; the text goes to standard error unless it was asked for
    if [[ $1 -eq 0 ]]; then
        sed -n '9,12s/^# \{0,1\}//p' "$0"
    else
        sed -n '9,12s/^# \{0,1\}//p' "$0" >&2
    fi
    exit "$1"
}

sizes=100000,1000000,10000000
processes=3
runs=3
while [[ $# -gt 0 ]]; do
    case $1 in
    --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
    --processes) processes=${2:?--processes needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h | --help) usage 0 ;;
    *) echo "bench-scaling: unknown argument: $1" >&2; usage 2 ;;
    esac
done

scripts/install-deps.sh --with-tests
mkdir -p build/bench/scaling
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >build/configure.log 2>&1 ||
    { cat build/configure.log; exit 1; }
cmake --build build --target lsqb_runner --parallel "$(nproc)"

report_args=()
IFS=, read -ra size_list <<<"$sizes"
for rels in "${size_list[@]}"; do
    graph=build/bench/graph-$rels.json # the same name as scripts/measure-load.sh uses
    expected=build/bench/scaling/expected-$rels.tsv
    if [[ ! -f $graph ]]; then
        echo "generating $graph"
        python3 benchmarks/gen_graph.py --relationships "$rels" "$graph.partial"
        mv "$graph.partial" "$graph"
    fi
    if [[ ! -f $expected || $expected -ot $graph ]]; then
        echo "counting the two-hop patterns of $graph without the engine"
        python3 benchmarks/scaling/count_two_hops.py "$graph" >"$expected.partial"
        mv "$expected.partial" "$expected"
    fi
    runs_json=()
    for ((p = 1; p <= processes; p++)); do
        out=build/bench/scaling/run-$rels-$p.json
        rm -f "$out"
        echo "== $rels relationships, process $p of $processes"
        # The runner is the LSQB one: it loads a graph, times query files and checks counts.
        build/benchmarks/lsqb/lsqb_runner --graph "$graph" \
            --queries-dir benchmarks/scaling/queries --expected "$expected" \
            --runs "$runs" --timeout-s 600 --json "$out"
        runs_json+=("$out")
    done
    report_args+=("$rels:$graph:$(IFS=,; echo "${runs_json[*]}")")
done
echo
python3 benchmarks/scaling/report.py build/bench/scaling.json "${report_args[@]}"
echo "figures written to build/bench/scaling.json; the machine may be shared, so timings are noisy"
