"""Helpers for the thread tests: the parent conftest's runners, CPython's
outcome of a program (computed once per test process), stderr normalization."""
import functools
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))           # tests/refvm: refvm_helpers
PROGRAMS = os.path.join(HERE, "programs")
RACES = os.path.join(HERE, "races")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CASES = os.path.join(REPO, "conformance", "cases", "threads")

# schedules every deterministic program must be indifferent to
SCHEDULES = ["rr", "random:1", "pct:1:2", "pct:2:3", "pct:3:3:500"]

_ADDR = re.compile(r"0x[0-9a-fA-F]+")
_CARETS = re.compile(r"^\s*[\^~]+\s*$")
_THREADING_FRAME = re.compile(r'^  File "[^"]*threading\.py", line \d+, in \w+$')


def normalize_stderr(text):
    """Frames inside threading.py (its path and lines differ between CPython's
    library and refvm's), addresses, and 3.11's ^^^ markers are dropped."""
    out = []
    skip_source = False
    for line in text.splitlines():
        if _THREADING_FRAME.match(line):
            skip_source = True
            continue
        if skip_source and line.startswith("    "):
            skip_source = False
            continue
        skip_source = False
        if _CARETS.match(line):
            continue
        out.append(_ADDR.sub("0xADDR", line))
    return "\n".join(out)


@functools.lru_cache(maxsize=None)
def cpython_outcome(path):
    from refvm_helpers import run_cpython
    return run_cpython(path)


class Outcome(object):
    def __init__(self, stdout, stderr, status):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status

    def __repr__(self):
        return "Outcome(status=%r, stdout=%r, stderr=%r)" % (
            self.status, self.stdout[-500:], self.stderr[-1500:])


def run_refvm(path, *options, timeout=60):
    """refvm.main in a forked child (killed after `timeout` s: a hang fails the test)."""
    from refvm.threads.explore import run_one
    if REPO not in sys.path:
        sys.path.insert(0, REPO)
    stdout, stderr, status, timed_out = run_one(list(options) + [path], timeout)
    assert not timed_out, "refvm %s %s hung (killed after %d s)" % (" ".join(options), path,
                                                                   timeout)
    return Outcome(stdout, stderr, status)


def assert_same(expected, actual):
    assert "refvm: internal error" not in actual.stderr, actual.stderr
    assert "refvm: unsupported" not in actual.stderr, actual.stderr
    assert actual.stdout == expected.stdout, (expected, actual)
    assert actual.status == expected.status, (expected, actual)
    assert normalize_stderr(actual.stderr) == normalize_stderr(expected.stderr), \
        (expected.stderr, actual.stderr)
