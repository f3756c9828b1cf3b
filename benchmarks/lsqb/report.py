#!/usr/bin/env python3
"""Prints the LSQB table: our figures from build/bench/lsqb.json (written by lsqb_runner) next to
Kuzu's reference figures (kuzu-0.11.3.tsv), with the ratio ours / Kuzu with one thread.

    benchmarks/lsqb/report.py build/bench/lsqb.json benchmarks/lsqb/kuzu-0.11.3.tsv

A ratio below 1 means we are faster (or smaller). Sums cover the queries that were run and
finished, and Kuzu's sums cover the same queries. Standard library only.
"""
import json
import sys


def read_kuzu(path):
    figures = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, default, one_thread, _unit = line.rstrip("\n").split("\t")
            figures[name] = (float(default), float(one_thread))
    return figures


def ms(value):
    return "-" if value is None else f"{value:,.1f}"


def ratio(ours, theirs):
    return "-" if ours is None or not theirs else f"{ours / theirs:.2f}"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: report.py LSQB_JSON KUZU_TSV")
    with open(sys.argv[1], encoding="utf-8") as f:
        run = json.load(f)
    kuzu = read_kuzu(sys.argv[2])

    print(f"LSQB SF0.1: Steppe, 1 thread, {run['runs']} timed runs after 1 warm-up per query; "
          "Kuzu 0.11.3 from ../shared/bench/lsqb/README.md")
    print("Times in ms; ratio = our median / Kuzu 1-thread median (below 1: we are faster).")
    header = (f"{'query':<6}{'count':>12}  {'check':<7}{'min':>10}{'median':>10}{'max':>10}"
              f"{'Kuzu 1t':>11}{'Kuzu 2t':>10}{'ratio':>7}")
    print(header)
    print("-" * len(header))
    sums = [0.0, 0.0, 0.0]  # ours, Kuzu 1 thread, Kuzu default
    failed = []
    timed = faster = 0
    for name, q in run["queries"].items():
        k_default, k_one = kuzu.get(name, (None, None))
        check = "ok" if "error" not in q else "FAILED"
        count = "-" if q["count"] is None else f"{q['count']:,}"
        print(f"{name:<6}{count:>12}  {check:<7}{ms(q['min_ms']):>10}{ms(q['median_ms']):>10}"
              f"{ms(q['max_ms']):>10}{ms(k_one):>11}{ms(k_default):>10}"
              f"{ratio(q['median_ms'], k_one):>7}")
        if "error" in q:
            failed.append(f"{name}: {q['error']}")
        if "error" not in q and k_one is not None:
            faster += q["median_ms"] < k_one
            timed += 1
            sums[0] += q["median_ms"]
            sums[1] += k_one
            sums[2] += k_default
    print("-" * len(header))
    print(f"{'sum of medians':<37}{ms(sums[0]):>10}{'':>10}{ms(sums[1]):>11}{ms(sums[2]):>10}"
          f"{ratio(sums[0], sums[1]):>7}")
    # The goal of issue 6: every median below Kuzu's 1-thread median, the sum at most a third.
    print(f"faster than Kuzu with 1 thread: {faster} of {timed} queries that counted right; "
          f"sum ratio {ratio(sums[0], sums[1])} (goal: at most 0.33)")
    print()
    load_ms = run["load_s"] * 1000
    k_load = kuzu["load"]
    k_rss = kuzu["peak_rss_load"]
    k_rss_all = kuzu["peak_rss_load_and_queries"]
    print(f"load (JSON, {run['nodes']:,} nodes, {run['relationships']:,} relationships): "
          f"{ms(load_ms)} ms; Kuzu CSV COPY {ms(k_load[1])} ms with 1 thread, "
          f"{ms(k_load[0])} ms with 2 (ratio {ratio(load_ms, k_load[1])})")
    print(f"peak RSS after load: {run['rss_after_load_mib']:.1f} MiB; "
          f"Kuzu {k_rss[1]:.1f} MiB with 1 thread, {k_rss[0]:.1f} MiB with 2 "
          f"(ratio {ratio(run['rss_after_load_mib'], k_rss[1])})")
    print(f"peak RSS, load and queries: {run['peak_rss_mib']:.1f} MiB; "
          f"Kuzu {k_rss_all[1]:.1f} MiB with 1 thread, {k_rss_all[0]:.1f} MiB with 2")
    print(f"store: {run['store_mib']:.1f} MiB, {run['bytes_per_node']:.1f} bytes per node and "
          f"{run['bytes_per_rel']:.1f} bytes per relationship, properties "
          f"{run['property_mib']:.1f} MiB")
    print("The machine is shared: timings are noisy; compare medians of several runs.")
    for line in failed:
        print(f"FAILED {line}")


if __name__ == "__main__":
    main()
