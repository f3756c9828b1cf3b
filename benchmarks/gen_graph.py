#!/usr/bin/env python3
"""Writes a synthetic labelled property graph in Steppe's JSON format.

Degrees follow a power law (preferential attachment by a Zipf-like choice of targets), nodes carry
one of several labels and a few properties, and relationships one of several types, so that
loading and expansion costs resemble those of real graphs. The output is deterministic for a
given seed. Standard library only.

    benchmarks/gen_graph.py --relationships 1000000 build/bench/graph-1m.json
"""
import argparse
import json
import random
import sys

LABELS = ["Person", "Organization", "Place", "Event", "Document"]
TYPES = ["KNOWS", "MEMBER_OF", "LOCATED_IN", "ATTENDED", "CITES", "FUNDED"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="the JSON file to write ('-' for standard output)")
    parser.add_argument("--relationships", type=int, default=1_000_000)
    parser.add_argument("--nodes", type=int, default=0,
                        help="node count (default: relationships / 5)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    nodes = args.nodes or max(1, args.relationships // 5)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    write = out.write

    write('{\n  "nodes": [\n')
    for i in range(nodes):
        label = LABELS[i % len(LABELS)]
        node = {"id": f"n{i}", "labels": [label],
                "properties": {"name": f"{label} {i}", "rank": i % 1000,
                               "score": round(rng.random(), 6)}}
        write(("    " if i == 0 else ",\n    ") + json.dumps(node, separators=(",", ":")))
    write('\n  ],\n  "edges": [\n')
    # Targets drawn as int(nodes * u^3) concentrate on low ids: a heavy-tailed in-degree.
    for i in range(args.relationships):
        source = rng.randrange(nodes)
        target = int(nodes * rng.random() ** 3)
        edge = {"from": f"n{source}", "to": f"n{target}", "type": TYPES[i % len(TYPES)]}
        if i % 4 == 0:
            edge["properties"] = {"weight": i % 100}
        write(("    " if i == 0 else ",\n    ") + json.dumps(edge, separators=(",", ":")))
    write("\n  ]\n}\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
