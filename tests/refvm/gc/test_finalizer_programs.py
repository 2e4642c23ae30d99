"""The finalizer programs (programs/*.py) on real engines: refvm --gc refcount
must print exactly what CPython prints, refvm --gc tracing exactly what PyPy
prints (stdout, stderr with addresses normalized, exit status)."""
import functools
import glob
import os

import pytest

from refvm_helpers import run_cpython as _run_cpython, run_in_fork
from gc_helpers import PROGRAMS, PYPY, normalize_stderr, run_pypy as _run_pypy

# each engine runs each program once per test process
run_cpython = functools.lru_cache(maxsize=None)(_run_cpython)
run_pypy = functools.lru_cache(maxsize=None)(_run_pypy)

FILES = sorted(glob.glob(os.path.join(PROGRAMS, "*.py")))
IDS = [os.path.basename(p) for p in FILES]


def _same(expected, actual):
    assert "refvm: internal error" not in actual.stderr, actual.stderr
    assert "refvm: unsupported" not in actual.stderr, actual.stderr
    assert actual.stdout == expected.stdout, (expected, actual)
    assert normalize_stderr(actual.stderr) == normalize_stderr(expected.stderr), \
        (expected.stderr, actual.stderr)
    assert actual.status == expected.status, (expected, actual)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_refcount_mode_prints_what_cpython_prints(path):
    _same(run_cpython(path), run_in_fork(path, ["--gc", "refcount"]))


@pytest.mark.skipif(PYPY is None, reason="pypy3 is not installed")
@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_tracing_mode_prints_what_pypy_prints(path):
    _same(run_pypy(path), run_in_fork(path, ["--gc", "tracing"]))


@pytest.mark.skipif(PYPY is None, reason="pypy3 is not installed")
def test_the_programs_show_a_divergence():
    """The programs are worth having: on most of them CPython and PyPy differ."""
    differ = [p for p in FILES if run_cpython(p).stdout != run_pypy(p).stdout]
    assert len(differ) >= len(FILES) // 2, differ
