#!/usr/bin/env python3
"""Verify the citations and schema usage of a Steppe graph JSON file.

Usage: scripts/verify-dataset-quotes.py datasets/bacac.json [...]

Checks (see shared/spec/data-format.md and bacac-schema.md):
  - only allowed keys; property values are scalars or arrays of scalars;
  - every node has a string `name`; node ids are unique; edge ends exist;
  - every node and edge has a citation (`source` or `sources`), every `doc`
    names a declared source, and every quote occurs verbatim in that source's
    file (path relative to the JSON file; whitespace runs compared as one space);
  - labels and relationship types (with from/to labels) match the schema table
    below, which mirrors bacac-schema.md plus the documented additions.
Prints counts and exits 0 when clean; prints every problem and exits 1 otherwise.
"""
import json, os, re, sys
from collections import Counter

EVENT_KINDS = {"Conference", "Training", "Workshop", "Project"}
LABELS = {"Association", "Country", "Donor", "Organization", "City", "Event"} | EVENT_KINDS
ORG = {"Association", "Donor", "Organization"}
A = {"Association"}
SCHEMA = {  # type -> list of (allowed from labels, allowed to labels)
    "MEMBER_OF": [({"Country"}, A), (A, A)],
    "PARTNER_OF": [(A, A)],
    "SISTER_OF": [(A, A)],
    "SUPPORTED": [(ORG, {"Association", "Event"})],
    "ORGANIZED": [(ORG, {"Event"})],
    "HELD_IN": [({"Event"}, {"City"})],
    "LOCATED_IN": [({"City"}, {"Country"}), ({"Organization"}, {"City"})],
    "HOSTED_BY": [({"Event"}, {"Organization"})],
    "PARTICIPATED_IN": [({"Country"}, {"Event"})],
}
# Documented additions ("additions beyond this table are welcome"):
LABELS |= {"Document"}                          # e.g. the Statute, the Strategic Plan
SCHEMA["PRODUCED"] = [({"Event"}, {"Document"})]  # Event -> Document it produced

NODE_KEYS = {"id", "labels", "properties", "source", "sources"}
EDGE_KEYS = {"from", "to", "type", "properties", "source", "sources"}
TOP_KEYS = {"sources", "nodes", "edges"}
SCALAR = (str, bool, int, float)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def verify(path):
    errs = []
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    base = os.path.dirname(os.path.abspath(path))
    for k in g:
        if k not in TOP_KEYS and not k.startswith("x-"):
            errs.append(f"unknown top-level key {k!r}")
    docs = {}
    for s in g.get("sources", []):
        if s.get("id") in docs or not s.get("id"):
            errs.append(f"/sources: missing or duplicate id {s.get('id')!r}")
        text = None
        if s.get("file"):
            with open(os.path.join(base, s["file"]), encoding="utf-8") as f:
                text = norm(f.read())
        docs[s.get("id")] = text

    def check_common(where, obj, allowed):
        for k in obj:
            if k not in allowed and not k.startswith("x-"):
                errs.append(f"{where}: unknown key {k!r}")
        for k, v in (obj.get("properties") or {}).items():
            vals = v if isinstance(v, list) else [v]
            if v is not None and not all(isinstance(x, SCALAR) for x in vals):
                errs.append(f"{where}/properties/{k}: value must be a scalar or list of scalars")
        cites = ([obj["source"]] if "source" in obj else []) + list(obj.get("sources", []))
        if not cites:
            errs.append(f"{where}: no citation")
        for c in cites:
            if c.get("doc") not in docs:
                errs.append(f"{where}: undeclared source doc {c.get('doc')!r}")
            elif not c.get("quote"):
                errs.append(f"{where}: empty quote")
            elif docs[c["doc"]] is not None and norm(c["quote"]) not in docs[c["doc"]]:
                errs.append(f"{where}: quote not found in {c['doc']}: {c['quote']!r}")
        return len(cites)

    labels_of, ncites = {}, 0
    for i, n in enumerate(g.get("nodes", [])):
        where = f"/nodes/{i} ({n.get('id')})"
        ncites += check_common(where, n, NODE_KEYS)
        if not n.get("id") or n["id"] in labels_of:
            errs.append(f"{where}: missing or duplicate id")
        labs = set(n.get("labels", []))
        labels_of[n.get("id")] = labs
        for l in labs - LABELS:
            errs.append(f"{where}: label {l!r} not in schema")
        kinds = labs & EVENT_KINDS
        if ("Event" in labs) != bool(kinds) or len(kinds) > 1:
            errs.append(f"{where}: Event needs exactly one of {sorted(EVENT_KINDS)}")
        if not isinstance((n.get("properties") or {}).get("name"), str):
            errs.append(f"{where}: missing name property")
    for i, e in enumerate(g.get("edges", [])):
        where = f"/edges/{i} ({e.get('from')} -{e.get('type')}-> {e.get('to')})"
        ncites += check_common(where, e, EDGE_KEYS)
        ends = [labels_of.get(e.get(k)) for k in ("from", "to")]
        for k, labs in zip(("from", "to"), ends):
            if labs is None:
                errs.append(f"{where}/{k}: unknown node id {e.get(k)!r}")
        if e.get("type") not in SCHEMA:
            errs.append(f"{where}: relationship type {e.get('type')!r} not in schema")
        elif None not in ends and not any(ends[0] & f and ends[1] & t for f, t in SCHEMA[e["type"]]):
            errs.append(f"{where}: {e['type']} not allowed between {sorted(ends[0])} and {sorted(ends[1])}")

    for m in errs:
        print(f"{path}: {m}", file=sys.stderr)
    nodes, edges = g.get("nodes", []), g.get("edges", [])
    print(f"{path}: {len(nodes)} nodes, {len(edges)} edges, {ncites} citations"
          + (f", {len(errs)} problem(s)" if errs else ", OK"))
    print("  labels: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(l for n in nodes for l in n.get("labels", [])).items())))
    print("  types:  " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(e.get("type") for e in edges).items())))
    return not errs


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    ok = True
    for p in sys.argv[1:]:
        try:
            ok = verify(p) and ok
        except (OSError, ValueError) as ex:
            print(f"{p}: {ex}", file=sys.stderr)
            ok = False
    sys.exit(0 if ok else 1)
