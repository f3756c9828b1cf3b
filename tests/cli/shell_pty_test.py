#!/usr/bin/env python3
"""`steppe shell` on a pseudo-terminal, typed as a person would.

Types a multi-line query with Tab completion, changes the format, recalls the query with the
up arrow, exports a diagram (which Graphviz must draw), abandons a statement with Ctrl-C and
quits; then checks that the history went to $XDG_STATE_HOME (never the working directory), that
a new session recalls it (up arrow, Ctrl-R), and that --no-history keeps nothing.

Usage: shell_pty_test.py STEPPE_BINARY GRAPH_FILE
"""
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import termios
import time
from xml.etree import ElementTree

TIMEOUT = 30.0  # seconds for each expected output; sanitizer builds are slow
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x07")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def readable(output):
    return ESCAPES.sub(b"", output).decode("utf-8", "replace")


class Terminal:
    """A `steppe` process on the slave side of a pseudo-terminal."""

    def __init__(self, argv, env, cwd):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child
            os.chdir(cwd)
            os.execve(argv[0], argv, env)
        self.output = b""
        self.seen = 0  # expectations match after this offset

    def type(self, keys):
        # Like a person, wait for the line editor to be reading: between lines libedit gives
        # the terminal back to the kernel's line discipline, which would take a Ctrl-D or
        # Ctrl-U typed ahead for itself.
        deadline = time.monotonic() + TIMEOUT
        while termios.tcgetattr(self.fd)[3] & termios.ICANON:
            if time.monotonic() > deadline:
                fail("the line editor never took the terminal; it shows:\n"
                     + readable(self.output[self.seen:]))
            self._read(0.01)
        os.write(self.fd, keys.encode())

    def _read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # EIO: the process has gone
            chunk = b""
        self.output += chunk
        return bool(chunk)

    def expect(self, pattern, what):
        regex = re.compile(pattern.encode() if isinstance(pattern, str) else pattern)
        deadline = time.monotonic() + TIMEOUT
        while True:
            match = regex.search(self.output, self.seen)
            if match:
                self.seen = match.end()
                return match
            left = deadline - time.monotonic()
            if left <= 0 or not self._read(left):
                fail(f"{what}: expected {regex.pattern!r}; the terminal shows:\n"
                     + readable(self.output[self.seen:]))

    def exit_code(self, what):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                while self._read(0.1) and len(self.output) < 1 << 20:
                    pass  # what it wrote last, e.g. a sanitizer's report
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            self._read(0.1)
        fail(f"{what}: steppe did not exit; the terminal shows:\n" + readable(self.output))

    def expect_exit(self, what):
        code = self.exit_code(what)
        if code != 0:
            fail(f"{what}: steppe exited with {code}; the terminal shows:\n"
                 + readable(self.output[self.seen:]))


PROMPT = r"steppe> "
MORE = r"   \.\.\.> "


def check_diagram(path):
    """Renders the diagram :export wrote with Graphviz and checks what the SVG shows: the ten
    member countries, the association they belong to and the ten MEMBER_OF arrows."""
    result = subprocess.run(["dot", "-Tsvg", path], capture_output=True)
    if result.returncode != 0 or result.stderr:
        fail("dot -Tsvg failed on the diagram: " + result.stderr.decode("utf-8", "replace"))
    svg = ElementTree.fromstring(result.stdout)
    ns = {"svg": "http://www.w3.org/2000/svg"}

    def elements(kind):
        found = []
        for group in svg.iter("{http://www.w3.org/2000/svg}g"):
            if group.get("class") == kind:
                title = group.findtext("svg:title", default="", namespaces=ns)
                text = "\n".join(t.text or "" for t in group.iterfind(".//svg:text", ns))
                found.append((title, text))
        return found

    nodes = [text for title, text in elements("node") if not title.startswith("legend_")]
    edges = [text for _, text in elements("edge")]
    if len(nodes) != 11 or "Georgia" not in nodes:
        fail(f"the diagram should draw ten countries and their association: {nodes!r}")
    if edges != ["MEMBER_OF"] * 10:
        fail(f"the diagram should draw ten MEMBER_OF arrows: {edges!r}")


def decoded_history(path):
    # libedit writes entries with strvis(3): a space is \040.
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return [re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), line) for line in lines]


def main():
    binary, graph = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    root = tempfile.mkdtemp(prefix="steppe-pty-")
    try:
        run(binary, graph, root)
    finally:
        shutil.rmtree(root)
    print("ok")


def run(binary, graph, root):
    state, home, work = (os.path.join(root, d) for d in ("state", "home", "work"))
    for folder in (home, work):
        os.mkdir(folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(TERM="xterm", HOME=home, XDG_STATE_HOME=state)
    diagram = os.path.join(root, "countries.dot")

    shell = Terminal([binary, "shell", "-g", graph], env, work)
    shell.expect(r"38 nodes, 54 relationships.*\n", "the banner")
    shell.expect(PROMPT, "the first prompt")
    # Tab lists the labels starting with C, a second letter and Tab completes one.
    shell.type("MATCH (c:C\t")
    shell.expect(r"City +Conference +Country", "the labels starting with C")
    shell.expect(PROMPT + r"MATCH \(c:C", "the line drawn again under the list")
    shell.type("ou\t")
    shell.expect(r"ntry", "`:Cou` completed to `:Country`")
    shell.type(")\r")
    shell.expect(MORE, "the continuation prompt of a multi-line statement")
    shell.type("WHERE c.name = 'Georgia'\r")
    shell.expect(MORE, "the continuation prompt again")
    shell.type("RETURN c.na\t")
    shell.expect(r"me", "the property key `name` completed")
    shell.type(";\r")
    # On a terminal a table has box lines, as `steppe query` draws it there, and a footer with
    # the time the statement took.
    shell.expect(r"┌(?:─)+┐\r\n│ c\.name +│\r\n├(?:─)+┤\r\n│ 'Georgia' │\r\n└(?:─)+┘\r\n"
                 r"1 row \([0-9.]+ ms\)\r\n", "the table of the query")
    shell.expect(PROMPT, "the prompt after the result")

    shell.type(":format csv\r")
    shell.expect(PROMPT, "the prompt after :format")
    # Up arrow twice: first `:format csv`, then the statement, recalled as one line.
    shell.type("\x1b[A")
    shell.expect(r":format csv", "the last command recalled")
    shell.type("\x1b[A")
    shell.expect(r"MATCH \(c:Country\) WHERE c\.name = 'Georgia' RETURN c\.name;",
                 "the multi-line statement recalled as one line")
    shell.type("\r")
    shell.expect(r"c\.name\r*\nGeorgia\r*\n", "the recalled statement's rows as CSV")
    shell.expect(PROMPT, "the prompt after the CSV")

    shell.type(f":export dot {diagram} MATCH (c:Country)-[r:MEMBER_OF]->(a) RETURN c, r, a\r")
    shell.expect(r"wrote " + re.escape(diagram), "the diagram written")
    shell.expect(PROMPT, "the prompt after :export")

    # Ctrl-C abandons an unfinished statement and returns to the first prompt.
    shell.type("MATCH (n\r")
    shell.expect(MORE, "an unfinished statement")
    shell.type("\x03")
    shell.expect(PROMPT, "the first prompt after Ctrl-C")
    shell.type("RETURN 'still here' AS s;\r")
    shell.expect(r"s\r*\nstill here\r*\n", "the shell goes on after Ctrl-C")
    shell.type(":quit\r")
    shell.expect_exit(":quit")

    check_diagram(diagram)

    history = os.path.join(state, "steppe", "history")
    if not os.path.isfile(history):
        fail("no history file at " + history)
    entries = decoded_history(history)
    for wanted in ("MATCH (c:Country) WHERE c.name = 'Georgia' RETURN c.name;", ":format csv",
                   "RETURN 'still here' AS s;", ":quit"):
        if wanted not in entries:
            fail(f"the history lacks {wanted!r}: {entries!r}")
    if any("MATCH (n" == e for e in entries):
        fail("the statement abandoned with Ctrl-C went into the history")
    if os.listdir(work):
        fail("files appeared in the working directory: " + ", ".join(os.listdir(work)))
    if os.listdir(home):
        fail("files appeared in HOME although XDG_STATE_HOME is set: " + ", ".join(os.listdir(home)))

    # A new session recalls the last one's history; Ctrl-R searches it; Ctrl-D on an empty
    # line leaves.
    again = Terminal([binary, "shell", "-g", graph], env, work)
    again.expect(PROMPT, "the prompt of a second session")
    again.type("\x1b[A")
    again.expect(r":quit", "the previous session's last entry recalled")
    again.type("\x1b[A")
    again.expect(r"RETURN 'still here' AS s;", "the entry before it")
    again.type("\x15\x12Geor")  # Ctrl-U empties the line, Ctrl-R searches
    again.expect(r"MATCH \(c:Country\) WHERE c\.name = 'Georgia'", "the statement found")
    again.type("\r")
    again.expect(r"│ 'Georgia' │\r\n└(?:─)+┘\r\n1 row \(", "the found statement run")
    again.expect(PROMPT, "the prompt after the found statement")
    again.type("\x04")  # Ctrl-D ends the input
    again.expect_exit("Ctrl-D")

    # --no-history neither reads nor writes a history file.
    private_state = os.path.join(root, "private-state")
    env_private = dict(env, XDG_STATE_HOME=private_state)
    private = Terminal([binary, "shell", "--no-history"], env_private, work)
    private.expect(PROMPT, "the prompt with --no-history")
    private.type("RETURN 1 AS one;\r")
    private.expect(r"1 row", "a statement with --no-history")
    private.type(":quit\r")
    private.expect_exit(":quit with --no-history")
    if os.path.exists(private_state):
        fail("--no-history created " + private_state)


if __name__ == "__main__":
    main()
