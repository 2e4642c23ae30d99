"""Helpers for the JIT's tests: run a program with --jit-log and read the traces."""
import os
import sys
import textwrap

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))         # tests/refvm (refvm_helpers)

import jitdiff  # noqa: E402


class Traces(object):
    """The traces of one run, from its --jit-log: each compiled loop or bridge with
    its ops after optimization split into `preamble` and `loop` (lists of lines)."""

    def __init__(self, text):
        self.text = text
        self.traces = []
        cur = None
        section = None
        for line in text.splitlines():
            if line.startswith(("loop ", "bridge ", "generator step ", "function body ")):
                cur = {"head": line, "preamble": [], "loop": [], "before": []}
                self.traces.append(cur)
                section = None
            elif cur is None:
                continue
            elif line.startswith("-- before optimization"):
                section = "before"
            elif line.startswith("  preamble:"):
                section = "preamble"
            elif line.startswith("  loop:"):
                section = "loop"
            elif line.startswith("  jump(") or line.startswith("-- "):
                section = None
            elif section and line.strip():
                cur[section].append(line.strip())

    def loops(self, function):
        return [t for t in self.traces if t["head"].startswith("loop ")
                and (": %s (" % function) in t["head"]]

    def bodies(self, function):
        return [t for t in self.traces if t["head"].startswith("function body ")
                and (": %s (" % function) in t["head"]]


@pytest.fixture
def traced(tmp_path):
    """traced(source, *options) -> (Run, Traces): run with the JIT on and its log."""
    def run(source, *options):
        p = tmp_path / "prog.py"
        p.write_text(textwrap.dedent(source))
        log = tmp_path / "jit.log"
        r = jitdiff.run_fork(str(p), ("--jit", "on", "--jit-log", str(log)) + options)
        text = log.read_text() if log.exists() else ""
        return r, Traces(text)
    return run


@pytest.fixture
def same_with_jit(tmp_path):
    """same_with_jit(source, *options): the outcome with the JIT on (every loop hot)
    equals the outcome with it off; returns the JIT-on Run."""
    def run(source, *options):
        p = tmp_path / "prog.py"
        p.write_text(textwrap.dedent(source))
        off = jitdiff.run_fork(str(p), tuple(options) + jitdiff.JIT_OFF)
        on = jitdiff.run_fork(str(p), tuple(options) + jitdiff.JIT_ON)
        assert "internal error" not in on.stderr, on.stderr
        assert (on.status, on.stdout, on.stderr) == (off.status, off.stdout, off.stderr)
        return on
    return run
