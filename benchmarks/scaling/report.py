#!/usr/bin/env python3
"""Prints the scaling table of scripts/bench-scaling.sh: per graph size, the medians over the
runner processes of load time, peak RSS during the load, store size and the two-hop counts'
median times, then the growth factor of each from one size to the next (per 10x of data when
the sizes are powers of ten). Also writes the table as JSON.

    report.py OUT_JSON SIZE:GRAPH_FILE:RUN_JSON[,RUN_JSON...] ...

Standard library only.
"""
import json
import os
import statistics
import sys


def summarize(size, graph, run_files):
    runs = []
    for path in run_files:
        with open(path, encoding="utf-8") as f:
            runs.append(json.load(f))
    row = {"relationships": size, "nodes": runs[0]["nodes"],
           "file_mib": os.path.getsize(graph) / 2**20,
           "load_s": statistics.median(r["load_s"] for r in runs),
           "rss_after_load_mib": statistics.median(r["rss_after_load_mib"] for r in runs),
           "store_mib": statistics.median(r["store_mib"] for r in runs),
           "bytes_per_rel": runs[0]["bytes_per_rel"], "queries": {}}
    for name in runs[0]["queries"]:
        row["queries"][name] = {
            "count": runs[0]["queries"][name]["count"],
            "median_ms": statistics.median(r["queries"][name]["median_ms"] for r in runs)}
    return row


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: report.py OUT_JSON SIZE:GRAPH_FILE:RUN_JSON[,RUN_JSON...] ...")
    rows = []
    for arg in sys.argv[2:]:
        size, graph, files = arg.split(":", 2)
        rows.append(summarize(int(size), graph, files.split(",")))
    names = list(rows[0]["queries"])
    header = (f"{'relationships':>13}{'nodes':>11}{'file MiB':>10}{'load s':>8}{'MiB/s':>7}"
              f"{'peak RSS':>10}{'store MiB':>10}{'B/rel':>7}"
              + "".join(f"{n + ' rows':>24}{'ms':>9}" for n in names))
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['relationships']:>13,}{r['nodes']:>11,}{r['file_mib']:>10.1f}{r['load_s']:>8.2f}"
              f"{r['file_mib'] / r['load_s']:>7.1f}{r['rss_after_load_mib']:>10.1f}"
              f"{r['store_mib']:>10.1f}{r['bytes_per_rel']:>7.1f}"
              + "".join(f"{r['queries'][n]['count']:>24,}{r['queries'][n]['median_ms']:>9.1f}"
                        for n in names))
    print()
    print("growth from one size to the next (x; 10.0 is linear for a 10x step):")
    for small, big in zip(rows, rows[1:]):
        step = big["relationships"] / small["relationships"]

        def grow(key, a=small, b=big):
            return b[key] / a[key] if a[key] else float("nan")

        parts = [f"load {grow('load_s'):.1f}", f"peak RSS {grow('rss_after_load_mib'):.1f}",
                 f"store {grow('store_mib'):.1f}"]
        for n in names:
            qa, qb = small["queries"][n], big["queries"][n]
            parts.append(f"{n} rows {qb['count'] / qa['count']:.1f}, "
                         f"time {qb['median_ms'] / qa['median_ms']:.1f}")
        print(f"  {small['relationships']:,} -> {big['relationships']:,} ({step:g}x): "
              + "; ".join(parts))
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump({"sizes": rows}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
