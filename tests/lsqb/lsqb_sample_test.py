#!/usr/bin/env python3
"""CI check of the 9 LSQB queries on a sample of the LSQB data (ctest lsqb.sample; not timed).

1. make_sample.py cuts a small induced subgraph out of the SF0.1 CSV tarball;
2. the shared converter (convert.py of the LSQB kit) turns it into a graph file, as for the
   benchmark;
3. count_lsqb.py counts the 9 queries by brute force (no query engine) and checks that the
   sample is good enough: every count above zero, and every wrong reading of a query it knows
   (a direction ignored, a NOT pattern dropped, ...) counting something else;
4. the `steppe` command runs the 9 query files of the kit; every count must equal the brute
   force one.

The LSQB kit is $STEPPE_LSQB_DIR, else ../shared/bench/lsqb beside the repository; the check
fails (it does not skip) when the kit is missing.

    lsqb_sample_test.py --steppe build/steppe --work build/tests/lsqb-sample [--data KIT]
"""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import count_lsqb  # noqa: E402  (this folder, put on the path above)
import make_sample  # noqa: E402


def default_kit():
    env = os.environ.get("STEPPE_LSQB_DIR")
    if env:
        return env
    return os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench", "lsqb"))


def build_sample(kit, work):
    csv_dir = os.path.join(work, "csv")
    graph = os.path.join(work, "sample.json")
    shutil.rmtree(csv_dir, ignore_errors=True)
    tables = make_sample.Tables(os.path.join(kit, "data", "lsqb-sf01-csv.tar.xz"))
    chosen = make_sample.choose_nodes(tables)
    make_sample.write_sample(tables, chosen, csv_dir)
    print("sample: " + ", ".join(f"{label} {len(ids)}" for label, ids in sorted(chosen.items())))
    done = subprocess.run([sys.executable, os.path.join(kit, "convert.py"), csv_dir, graph],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"convert.py failed on the sample:\n{done.stdout}{done.stderr}")
    return graph


def expected_counts(graph):
    """The brute-force counts, after checking that the sample can tell right from wrong."""
    g = count_lsqb.Graph(graph)
    counts = {name: count(g) for name, count in count_lsqb.QUERIES.items()}
    problems = [f"{name} counts 0 on the sample" for name, n in counts.items() if n == 0]
    for variant, (name, count) in count_lsqb.VARIANTS.items():
        n = count(g)
        if n == counts[name]:
            problems.append(f"{variant} counts {n}, as {name} does: the sample cannot tell "
                            "them apart")
    if problems:
        sys.exit("the sample is not good enough:\n  " + "\n  ".join(problems))
    return counts


def engine_count(steppe, graph, query_file):
    """The count the `steppe` command prints, or an error text."""
    done = subprocess.run([steppe, "query", "-g", graph, "-f", query_file, "--format", "tsv"],
                          capture_output=True, text=True)
    lines = done.stdout.splitlines()
    if done.returncode != 0 or len(lines) != 2 or not lines[1].isdigit():
        return None, (f"exit status {done.returncode}, output {done.stdout!r}, "
                      f"errors {done.stderr!r}")
    return int(lines[1]), ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steppe", required=True, help="the steppe command")
    parser.add_argument("--work", required=True, help="folder for the sample files")
    parser.add_argument("--data", default=default_kit(), help="the LSQB kit folder")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.data, "data", "lsqb-sf01-csv.tar.xz")):
        sys.exit(f"the LSQB kit is missing: no data/lsqb-sf01-csv.tar.xz in {args.data} "
                 "(set STEPPE_LSQB_DIR to the folder of ../shared/bench/lsqb)")
    os.makedirs(args.work, exist_ok=True)

    graph = build_sample(args.data, args.work)
    expected = expected_counts(graph)
    failures = 0
    for name, want in expected.items():
        got, error = engine_count(args.steppe, graph,
                                  os.path.join(args.data, "queries", f"{name}.cypher"))
        ok = got == want
        failures += not ok
        print(f"{name}\tsteppe={got}\tbrute force={want}\t{'OK' if ok else 'MISMATCH'}"
              + (f"\t{error}" if error else ""))
    if failures:
        sys.exit(f"{failures} of {len(expected)} LSQB queries counted wrong on the sample "
                 f"({graph})")


if __name__ == "__main__":
    main()
