#!/usr/bin/env python3
"""The progress bar of big loads, on a pseudo-terminal as a person sees it.

`steppe query`, `steppe import` and the shell's `:load` draw the bar on standard error when it
is a terminal and the load is big enough; STEPPE_PROGRESS_MIN_BYTES lowers "big enough" from
50 MiB to 1 MB here, so that a 3 MB file gets a bar. Checks that the bar ends full, on its own
line, before the result; that a failed load ends the bar's line so that the error starts on a
clean one; and that a small load (the default minimum) draws nothing.

Usage: progress_pty_test.py STEPPE_BINARY
"""
import os
import re
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shell_pty_test import PROMPT, Terminal, fail, readable  # noqa: E402

NODES = 10000
# A full bar: 20 cells, 100%, the same size read as in all, a rate, no time left, then the end
# of its line (the terminal turns "\n" into "\r\n").
FULL_BAR = rb"\r\[#{20}\] 100% (\d+\.\d)/\1 MB \d+\.\d MB/s ETA 0s *\r\n"


def graph_json(nodes, broken_at=None):
    """About 300 bytes a node: a 200-character text each, and a relationship to the next."""
    text = "x" * 200
    entries = []
    for i in range(nodes):
        value = "" if i == broken_at else f'"{text}"'
        entries.append(f'{{"id": "n{i}", "labels": ["Item"], "properties": {{"text": {value}}}}}')
    edges = [f'{{"from": "n{i}", "to": "n{i + 1}", "type": "NEXT"}}' for i in range(nodes - 1)]
    return '{"nodes": [\n' + ",\n".join(entries) + '],\n"edges": [\n' + ",\n".join(edges) + "]}\n"


def write(path, content):
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)
    return path


def main():
    binary = os.path.abspath(sys.argv[1])
    root = tempfile.mkdtemp(prefix="steppe-progress-pty-")
    try:
        run(binary, root)
    finally:
        shutil.rmtree(root)
    print("ok")


def run(binary, root):
    big = write(os.path.join(root, "big.json"), graph_json(NODES))
    broken = write(os.path.join(root, "broken.json"), graph_json(NODES, broken_at=8000))
    text = "x" * 200
    nodes_csv = write(os.path.join(root, "nodes.csv"), ":ID,:LABEL,text\n" + "".join(
        f"n{i},Item,{text}\n" for i in range(NODES)))
    rels_csv = write(os.path.join(root, "rels.csv"), ":START_ID,:END_ID,:TYPE\n" + "".join(
        f"n{i},n{i + 1},NEXT\n" for i in range(NODES - 1)))
    if os.path.getsize(big) < 3_000_000:
        fail("the generated graph is smaller than intended")

    base = {k: v for k, v in os.environ.items()
            if not k.startswith("XDG_") and k != "STEPPE_PROGRESS_MIN_BYTES"}
    base.update(TERM="xterm", HOME=root, XDG_STATE_HOME=os.path.join(root, "state"))
    env = dict(base, STEPPE_PROGRESS_MIN_BYTES="1000000")
    query = "MATCH (n:Item) RETURN count(n) AS n"

    # A query on a big file: the bar, drawn over itself, ends full on its own line before the
    # result.
    t = Terminal([binary, "query", "--format", "csv", "-g", big, query], env, root)
    t.expect(rb"^\r\[[# ]{20}\] +\d+% ", "the bar, starting at the start of a line")
    t.expect(FULL_BAR, "the full bar and the end of its line")
    t.expect(rb"n\r*\n10000\r*\n", "the result on the line after the bar")
    t.expect_exit("the query on a big file")
    size = re.search(FULL_BAR, t.output).group(1).decode()
    if size != f"{os.path.getsize(big) / 1e6:.1f}":
        fail(f"the bar says {size} MB for a file of {os.path.getsize(big)} bytes")

    # The same file under the default minimum of 50 MiB: no bar.
    t = Terminal([binary, "query", "--format", "csv", "-g", big, query], base, root)
    t.expect(rb"n\r*\n10000\r*\n", "the result without a bar")
    t.expect_exit("the query without a bar")
    if b"MB/s" in t.output or b"\r[" in t.output:
        fail("a bar for a file under the default minimum:\n" + readable(t.output))

    # A load that fails part of the way: the bar's line is ended, so the error starts on its
    # own line.
    t = Terminal([binary, "query", "-g", broken, "RETURN 1"], env, root)
    t.expect(rb"\r\[[# ]{20}\] +\d+% [^\r\n]* MB/s ETA [^\r\n]*\r\nerror: " +
             re.escape(broken.encode()) + rb":", "the error on the line after the bar")
    if t.exit_code("the failed load") != 3:
        fail("a failed load did not exit with 3:\n" + readable(t.output))
    if b"100%" in t.output:
        fail("the bar of a failed load reached 100%:\n" + readable(t.output))

    # `steppe import` reads its files with the bar too.
    converted = os.path.join(root, "converted.json")
    t = Terminal([binary, "import", "--from", "neo4j-csv", nodes_csv, rels_csv, "-o", converted],
                 env, root)
    t.expect(FULL_BAR, "the bar of the import")
    t.expect(rb"imported 10000 nodes and 9999 relationships into ", "the import's summary")
    t.expect_exit("the import")

    # The shell's :load, between prompts.
    shell = Terminal([binary, "shell", "--no-history"], env, root)
    shell.expect(PROMPT, "the shell's prompt")
    shell.type(f":load {big}\r")
    shell.expect(FULL_BAR, "the bar of :load")
    shell.expect(rb"loaded 10000 nodes and 9999 relationships from 1 file\r\n",
                 "what :load loaded, on the line after the bar")
    shell.expect(PROMPT, "the prompt after :load")
    shell.type(":quit\r")
    shell.expect_exit(":quit")


if __name__ == "__main__":
    main()
