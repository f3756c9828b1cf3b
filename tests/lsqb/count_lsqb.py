#!/usr/bin/env python3
"""Counts the 9 LSQB queries on a graph file by brute force, without any query engine: the
expected answers of the CI check (tests/lsqb/lsqb_sample_test.py), independent of Steppe.

Each query is a loop nest that walks its pattern edge by edge, as the Cypher text reads, with
openCypher's rules written out: a node pattern's labels must all be present, an undirected
relationship matches either way round, and the relationships of one MATCH are pairwise
distinct (relationship uniqueness; q3's four MATCH clauses are separate, so its KNOWS edges
are only distinct among themselves). This is slow (it enumerates every match) and meant for
samples; the full SF0.1 data takes minutes.

It also counts variants that a wrong plan would compute (a direction ignored, a NOT pattern
or an OPTIONAL dropped, ...), so the caller can check that the sample tells them apart.

    count_lsqb.py GRAPH_JSON        prints "qN<TAB>count" lines, then "# variant<TAB>count"
"""
import json
import sys
from collections import defaultdict


class Graph:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        self.labels = {n["id"]: frozenset(n["labels"]) for n in doc["nodes"]}
        self.by_label = defaultdict(list)
        for n in doc["nodes"]:
            for label in n["labels"]:
                self.by_label[label].append(n["id"])
        # type -> node -> [(relationship number, other end)]
        self.out = defaultdict(lambda: defaultdict(list))
        self.inc = defaultdict(lambda: defaultdict(list))
        for number, e in enumerate(doc["edges"]):
            self.out[e["type"]][e["from"]].append((number, e["to"]))
            self.inc[e["type"]][e["to"]].append((number, e["from"]))

    def nodes(self, label):
        return self.by_label.get(label, [])

    def has(self, node, label):
        return label in self.labels[node]

    def outgoing(self, node, rel_type, label):
        """(node)-[r:rel_type]->(x:label): [(r, x)]"""
        return [(r, x) for r, x in self.out[rel_type].get(node, ()) if self.has(x, label)]

    def incoming(self, node, rel_type, label):
        """(node)<-[r:rel_type]-(x:label): [(r, x)]"""
        return [(r, x) for r, x in self.inc[rel_type].get(node, ()) if self.has(x, label)]

    def either(self, node, rel_type, label):
        """(node)-[r:rel_type]-(x:label): both directions; a self-loop would come twice."""
        return self.outgoing(node, rel_type, label) + self.incoming(node, rel_type, label)


def q1(g):
    n = 0
    for country in g.nodes("Country"):
        for r1, city in g.incoming(country, "IS_PART_OF", "City"):
            for r2, person in g.incoming(city, "IS_LOCATED_IN", "Person"):
                for r3, forum in g.incoming(person, "HAS_MEMBER", "Forum"):
                    for r4, post in g.outgoing(forum, "CONTAINER_OF", "Post"):
                        for r5, comment in g.incoming(post, "REPLY_OF", "Comment"):
                            for r6, tag in g.outgoing(comment, "HAS_TAG", "Tag"):
                                for r7, _ in g.outgoing(tag, "HAS_TYPE", "TagClass"):
                                    n += 1  # seven different types: always distinct
    return n


def q2(g, knows_directed=False):
    n = 0
    for person1 in g.nodes("Person"):
        knows = (g.outgoing if knows_directed else g.either)(person1, "KNOWS", "Person")
        for r1, person2 in knows:
            for r2, comment in g.incoming(person1, "HAS_CREATOR", "Comment"):
                for r3, post in g.outgoing(comment, "REPLY_OF", "Post"):
                    for r4, creator in g.outgoing(post, "HAS_CREATOR", "Person"):
                        if creator == person2 and r2 != r4:
                            n += 1
    return n


def q3(g, knows_directed=False, same_country=True):
    def located(country):
        # (person:Person)-[:IS_LOCATED_IN]->(city:City)-[:IS_PART_OF]->(country): one row each
        return [person for _, city in g.incoming(country, "IS_PART_OF", "City")
                for _, person in g.incoming(city, "IS_LOCATED_IN", "Person")]

    knows = g.outgoing if knows_directed else g.either
    n = 0
    for country in g.nodes("Country"):
        here = located(country)
        # With same_country=False, person2 and person3 may be anyone located anywhere: the
        # country conditions of their MATCH clauses are dropped.
        others = here if same_country else [p for c in g.nodes("Country") for p in located(c)]
        rows = defaultdict(int)  # person -> rows of its MATCH clause
        for person in others:
            rows[person] += 1
        for person1 in here:
            for r1, person2 in knows(person1, "KNOWS", "Person"):
                for r2, person3 in knows(person2, "KNOWS", "Person"):
                    if r2 == r1:
                        continue
                    for r3, back in knows(person3, "KNOWS", "Person"):
                        if back == person1 and r3 not in (r1, r2):
                            n += rows[person2] * rows[person3]
    return n


def message_rows(g, message_label="Message"):
    """(:Tag)<-[:HAS_TAG]-(message)-[:HAS_CREATOR]->(creator:Person): [message] per row."""
    rows = []
    for tag in g.nodes("Tag"):
        for _, message in g.incoming(tag, "HAS_TAG", message_label):
            for _ in g.outgoing(message, "HAS_CREATOR", "Person"):
                rows.append(message)
    return rows


def q4(g, message_label="Message"):
    n = 0
    for message in message_rows(g, message_label):
        for _ in g.incoming(message, "LIKES", "Person"):
            for _ in g.incoming(message, "REPLY_OF", "Comment"):
                n += 1
    return n


def q7(g):
    n = 0
    for message in message_rows(g):
        # OPTIONAL MATCH: no match still gives the row, with null in the new variables.
        likers = g.incoming(message, "LIKES", "Person") or [None]
        for _ in likers:
            comments = g.incoming(message, "REPLY_OF", "Comment") or [None]
            for _ in comments:
                n += 1
    return n


def q5(g, negated=False, tags_differ=True, message_label="Message"):
    n = 0
    for tag1 in g.nodes("Tag"):
        for r1, message in g.incoming(tag1, "HAS_TAG", message_label):
            for r2, comment in g.incoming(message, "REPLY_OF", "Comment"):
                for r3, tag2 in g.outgoing(comment, "HAS_TAG", "Tag"):
                    if r3 == r1:
                        continue
                    if tags_differ and tag1 == tag2:
                        continue
                    if negated and any(t == tag1 for _, t in g.outgoing(comment, "HAS_TAG", "Tag")):
                        continue
                    n += 1
    return n


# person1 <> person3 never removes a row here: with relationship uniqueness, person3 can only be
# person1 through a second KNOWS edge between the same two persons, and the data has none.
def q6(g, negated=False):
    n = 0
    for person1 in g.nodes("Person"):
        for r1, person2 in g.either(person1, "KNOWS", "Person"):
            for r2, person3 in g.either(person2, "KNOWS", "Person"):
                if r2 == r1:
                    continue
                if person1 == person3:
                    continue
                if negated and any(x == person3 for _, x in g.either(person1, "KNOWS", "Person")):
                    continue
                for _ in g.outgoing(person3, "HAS_INTEREST", "Tag"):
                    n += 1
    return n


QUERIES = {
    "q1": q1, "q2": q2, "q3": q3, "q4": q4, "q5": q5, "q6": q6, "q7": q7,
    "q8": lambda g: q5(g, negated=True),
    "q9": lambda g: q6(g, negated=True),
}

# Wrong readings of a query, each of which the sample must tell from the right one: the
# variant's count has to differ from the query's.
VARIANTS = {
    "q2 with KNOWS taken in one direction": ("q2", lambda g: q2(g, knows_directed=True)),
    "q3 with KNOWS taken in one direction": ("q3", lambda g: q3(g, knows_directed=True)),
    "q3 without the common country": ("q3", lambda g: q3(g, same_country=False)),
    "q4 with Posts only as messages": ("q4", lambda g: q4(g, message_label="Post")),
    "q4 with Comments only as messages": ("q4", lambda g: q4(g, message_label="Comment")),
    "q5 without tag1 <> tag2": ("q5", lambda g: q5(g, tags_differ=False)),
    "q5 with Posts only as messages": ("q5", lambda g: q5(g, message_label="Post")),
    "q5 with Comments only as messages": ("q5", lambda g: q5(g, message_label="Comment")),
    "q7 with the OPTIONAL MATCHes as MATCH (= q4)": ("q7", q4),
    "q8 without its NOT pattern (= q5)": ("q8", q5),
    "q9 without its NOT pattern (= q6)": ("q9", q6),
}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: count_lsqb.py GRAPH_JSON")
    g = Graph(sys.argv[1])
    for name, count in QUERIES.items():
        print(f"{name}\t{count(g)}")
    for name, (_, count) in VARIANTS.items():
        print(f"# {name}\t{count(g)}")


if __name__ == "__main__":
    main()
