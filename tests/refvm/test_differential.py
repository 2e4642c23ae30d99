"""Each program in programs/ must behave identically on CPython and refvm:
same stdout, same exit status, same final exception type."""
import glob
import os

import pytest

from conftest import PROGRAMS, run_cpython, run_refvm, run_in_fork

PROGRAM_FILES = sorted(glob.glob(os.path.join(PROGRAMS, "*.py")))
# helper modules imported by other programs are not run on their own
PROGRAM_FILES = [p for p in PROGRAM_FILES if not os.path.basename(p).startswith("mod_")]


@pytest.mark.parametrize("path", PROGRAM_FILES, ids=[os.path.basename(p) for p in PROGRAM_FILES])
def test_program_matches_cpython(path):
    expected = run_cpython(path)
    actual = run_in_fork(path) if hasattr(os, "fork") else run_refvm(path)
    assert "refvm: internal error" not in actual.stderr, actual.stderr
    assert "refvm: unsupported" not in actual.stderr, actual.stderr
    assert actual.stdout == expected.stdout, (expected, actual)
    assert actual.status == expected.status, (expected, actual)
    assert actual.exc_type == expected.exc_type, (expected, actual)
