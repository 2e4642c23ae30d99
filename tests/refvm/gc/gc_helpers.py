"""Helpers for the GC tests: the parent conftest's runners, plus real PyPy."""
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))           # tests/refvm: refvm_helpers
PROGRAMS = os.path.join(HERE, "programs")
PYPY = shutil.which("pypy3")

_ADDR = re.compile(r"0x[0-9a-fA-F]+")
_CARETS = re.compile(r"^\s*[\^~]+\s*$")


def normalize_stderr(text):
    """Addresses vary between runs and engines; CPython 3.11's ^^^ markers are
    not printed by PyPy or refvm."""
    lines = [_ADDR.sub("0xADDR", l) for l in text.splitlines() if not _CARETS.match(l)]
    return "\n".join(lines)


def run_pypy(path):
    from refvm_helpers import Outcome
    proc = subprocess.run([PYPY, path], capture_output=True, text=True,
                          cwd=os.path.dirname(path), timeout=60)
    return Outcome(proc)
