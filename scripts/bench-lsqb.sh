#!/usr/bin/env bash
# The LSQB benchmark (issue 6): converts the shared LSQB SF0.1 data to our JSON once (cached as
# build/bench/lsqb-sf01.json), builds the runner (Release), loads the graph through the public
# API, runs each query with 1 warm-up and N timed runs in one process, checks every count
# against expected.tsv, writes build/bench/lsqb.json and prints the table next to Kuzu's figures.
#
# Usage: scripts/bench-lsqb.sh [--runs N] [--queries q1,q3] [--data DIR] [--timeout-s S]
#   --runs N        timed runs per query (default 5)
#   --queries LIST  which queries, comma-separated (default: all 9)
#   --data DIR      the LSQB kit: data/, queries/, convert.py (default ../shared/bench/lsqb,
#                   or $STEPPE_LSQB_DIR)
#   --timeout-s S   limit for each run of a query; a query over it fails the run (default 300,
#                   0 for none)
# Exit status: 0 when every count is right, non-zero otherwise (the runner's status: 1 wrong
# count, query error, crash or timeout; 2 bad arguments; 3 the graph could not be loaded).
# Not a test: the timings depend on the machine; scripts/test.sh never runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { # exit status; the text goes to standard error unless it was asked for
    if [[ $1 -eq 0 ]]; then
        sed -n '7,13s/^# \{0,1\}//p' "$0"
    else
        sed -n '7,13s/^# \{0,1\}//p' "$0" >&2
    fi
    exit "$1"
}

runs=5
queries=""
data=${STEPPE_LSQB_DIR:-../shared/bench/lsqb}
timeout=300
while [[ $# -gt 0 ]]; do
    case $1 in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --queries) queries=${2:?--queries needs a list like q1,q3}; shift 2 ;;
    --data) data=${2:?--data needs a folder}; shift 2 ;;
    --timeout-s) timeout=${2:?--timeout-s needs seconds}; shift 2 ;;
    -h | --help) usage 0 ;;
    *) echo "bench-lsqb: unknown argument: $1" >&2; usage 2 ;;
    esac
done

tarball=$data/data/lsqb-sf01-csv.tar.xz
for needed in "$data/convert.py" "$data/queries/expected.tsv" "$tarball"; do
    if [[ ! -f $needed ]]; then
        echo "bench-lsqb: $needed not found (is --data the LSQB kit folder?)" >&2
        exit 2
    fi
done

scripts/install-deps.sh --with-tests
mkdir -p build/bench
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >build/configure.log 2>&1 ||
    { cat build/configure.log; exit 1; }
cmake --build build --target lsqb_runner --parallel "$(nproc)"

# The conversion takes a while (about 12 s), so its output is kept; a stamp naming the tarball
# it came from makes a different --data convert again.
graph=build/bench/lsqb-sf01.json
stamp=$graph.source
source_id="$(realpath "$tarball") $(stat -c '%s %Y' "$tarball")"
if [[ ! -f $graph || ! -f $stamp || $(cat "$stamp") != "$source_id" ]]; then
    echo "converting $tarball to $graph"
    rm -f "$stamp"
    # Written under another name first, so an interrupted conversion leaves no half file.
    python3 "$data/convert.py" "$tarball" "$graph.partial"
    mv "$graph.partial" "$graph"
    echo "$source_id" >"$stamp"
fi

json=build/bench/lsqb.json
rm -f "$json"
status=0
build/benchmarks/lsqb/lsqb_runner --graph "$graph" --queries-dir "$data/queries" \
    --expected "$data/queries/expected.tsv" --runs "$runs" --timeout-s "$timeout" \
    --json "$json" ${queries:+--queries "$queries"} || status=$?
if [[ -f $json ]]; then
    echo
    python3 benchmarks/lsqb/report.py "$json" benchmarks/lsqb/kuzu-0.11.3.tsv
    echo "figures written to $json"
fi
exit "$status"
