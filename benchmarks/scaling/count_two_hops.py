#!/usr/bin/env python3
"""Counts the two scaling queries (queries/*.cypher) on a graph written by
benchmarks/gen_graph.py, without any query engine, so the scaling run checks its answers:

  two_hops           MATCH (a)-[:KNOWS]->(b)-[:KNOWS]->(c) RETURN count(*)
  two_hops_filtered  MATCH (a:Person)-[:KNOWS]->(b)-[:KNOWS]->(c) WHERE c.rank < 500
                     RETURN count(*)

Both are sums over the middle node b of (matching relationships into b) x (matching
relationships out of b), less the matches that would use one self-loop twice (relationship
uniqueness forbids them). Reads the file a line at a time (gen_graph.py writes one node or
relationship a line), so memory stays small. Standard library only.

    count_two_hops.py GRAPH_JSON     prints "name<TAB>count" lines (the runner's expected.tsv)
"""
import json
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: count_two_hops.py GRAPH_JSON")
    index = {}       # node id -> dense number
    person = []      # per node: has the label Person
    low_rank = []    # per node: rank < 500
    edges = []       # (from, to) of each KNOWS relationship
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.strip().rstrip(",")
            if line.startswith('{"id"'):
                node = json.loads(line)
                index[node["id"]] = len(person)
                person.append("Person" in node["labels"])
                rank = node.get("properties", {}).get("rank")
                low_rank.append(isinstance(rank, (int, float)) and rank < 500)
            elif line.startswith('{"from"') and '"KNOWS"' in line:
                edge = json.loads(line)
                if edge["type"] == "KNOWS":
                    edges.append((index[edge["from"]], index[edge["to"]]))
    n = len(person)
    into, out = [0] * n, [0] * n
    into_from_person, out_to_low_rank = [0] * n, [0] * n
    loops = loops_filtered = 0
    for a, b in edges:
        out[a] += 1
        into[b] += 1
        into_from_person[b] += person[a]
        out_to_low_rank[a] += low_rank[b]
        if a == b:
            loops += 1
            loops_filtered += person[a] and low_rank[a]
    two_hops = sum(i * o for i, o in zip(into, out)) - loops
    filtered = sum(i * o for i, o in zip(into_from_person, out_to_low_rank)) - loops_filtered
    print(f"two_hops\t{two_hops}")
    print(f"two_hops_filtered\t{filtered}")


if __name__ == "__main__":
    main()
