"""The engine end to end: programs transpiled, built as one batch binary, run in the
sandbox, and compared with CPython."""
import subprocess
import sys

import pytest

from engines.grumpy import testsuite
from engines.program import Program
from tests.engines.grumpy.programs import KNOWN_DIVERGENCES, PROGRAMS, UNSUPPORTED


def cpython(source: str):
    p = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, timeout=60)
    return p.stdout, p.returncode


@pytest.fixture(scope="module")
def batch(grumpy):
    """All programs of this file in one run_many (one build)."""
    names = list(PROGRAMS) + list(KNOWN_DIVERGENCES) + list(UNSUPPORTED)
    sources = {**PROGRAMS, **KNOWN_DIVERGENCES, **UNSUPPORTED}
    with grumpy.session() as s:
        outcomes = s.run_many([Program(sources[n], "py2+3") for n in names])
    return dict(zip(names, outcomes))


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_grumpy_prints_what_cpython_prints(batch, name):
    out, status = cpython(PROGRAMS[name])
    o = batch[name]
    assert o.stdout == out
    assert (o.exit or 0) == status


def test_an_uncaught_exception_is_reported_like_cpython(batch):
    o = batch["custom_exception_uncaught"]
    assert (o.status, o.exception, o.message, o.exit) == ("exception", "MyError", "boom", 1)
    assert o.stderr.startswith("Traceback (most recent call last):\n  File \"prog.py\", line 4, in <module>")  # the source starts with a newline


@pytest.mark.parametrize("name", sorted(KNOWN_DIVERGENCES))
def test_runtime_differences_show_up_as_divergences(batch, name):
    assert (batch[name].stdout, batch[name].exit) != cpython(KNOWN_DIVERGENCES[name])


@pytest.mark.parametrize("construct", sorted(UNSUPPORTED))
def test_unsupported_constructs_give_the_unsupported_class(batch, construct):
    assert batch[construct].status == "unsupported"
    assert batch[construct].detail.startswith(construct)


def test_a_go_build_failure_is_an_internal_error_not_a_divergence(grumpy, monkeypatch):
    import engines.grumpy.compile as c
    real = c.transpile

    def broken(*a, **k):
        mod = real(*a, **k)
        mod.source = mod.source.replace("return nil, nil\n})", "return nil, nil, nil\n})")
        return mod
    monkeypatch.setattr(c, "transpile", broken)
    with grumpy.session() as s:
        o = s.run(Program("print('x')\n", "py2+3"))
    assert o.status == "internal-error" and "go build" in o.detail


def test_the_identity_is_python_2_7(grumpy):
    assert grumpy.language_level == (2, 7) and grumpy.covers("py2+3") and not grumpy.covers("py3")


def test_grumpys_own_test_programs_match_the_expectations_file(grumpy):
    passed = {n for n, (ok, _, _) in testsuite.run().items() if ok}
    assert passed == testsuite.expected()
