"""nox sessions: the long-running jobs that do not belong in `make test`.

    nox -s tests               the test suite (what `make test` runs)
    nox -s lint                ruff
    nox -s conformance         the full conformance matrix on every installed engine
    nox -s fuzz-nightly        a long campaign of generated programs
    nox -s bench               harness throughput and refvm's speed table
    nox -s tests-on-pypy-host  refvm's tests with PyPy as refvm's host
    nox -s jit-differential    refvm's JIT on vs off: every conformance case, 5,000 programs
    nox -s finalizer-timing    refvm (JIT off, on at threshold 1) vs CPython on 3,000 programs
                               of the generator's finalizer family

Sessions reuse the project's .venv (made by scripts/bootstrap) instead of building
their own, so they see exactly what `make` sees.
"""
import os

import nox

nox.options.default_venv_backend = "none"
ROOT = os.path.dirname(os.path.abspath(__file__))
PY = os.path.join(ROOT, ".venv", "bin", "python")
DIVERGE = os.path.join(ROOT, ".venv", "bin", "diverge")


def _bootstrap(session):
    session.run(os.path.join(ROOT, "scripts", "bootstrap"), external=True)


@nox.session
def tests(session):
    _bootstrap(session)
    session.run(PY, "-m", "pytest", "-n", "2", "--cov", "--cov-report=", *session.posargs, external=True,
                env={"DIVERGE_REQUIRE_ENGINES": "1"})
    session.run(PY, os.path.join(ROOT, "scripts", "coverage-gate"), external=True)


@nox.session
def lint(session):
    _bootstrap(session)
    session.run(PY, "-m", "ruff", "check", ".", external=True)


@nox.session
def conformance(session):
    _bootstrap(session)
    session.run(DIVERGE, "conform", *session.posargs, external=True)


@nox.session(name="fuzz-nightly")
def fuzz_nightly(session):
    _bootstrap(session)
    args = session.posargs or ["--count", "2000"]
    session.run(DIVERGE, "fuzz", *args, external=True)


@nox.session
def bench(session):
    _bootstrap(session)
    session.run(DIVERGE, "bench", "throughput", "--count", "500", external=True)
    session.run(PY, "-m", "refvm.bench", external=True)


@nox.session(name="tests-on-pypy-host")
def tests_on_pypy_host(session):
    """refvm must run with PyPy 3.9 as its host: its differential tests, hosted on pypy3."""
    _bootstrap(session)
    session.run(PY, "-m", "pytest", "tests/refvm", "-q", external=True,
                env={"REFVM_HOST": "pypy3"})


@nox.session(name="jit-differential")
def jit_differential(session):
    """refvm with --jit on (thresholds 1 and 7) vs --jit off: zero divergences wanted.
    Also 1,000 generated programs with finalizers and threads (off in the
    generator's defaults): the JIT must keep their timing and switch points."""
    _bootstrap(session)
    jitdiff = os.path.join(ROOT, "tests", "refvm", "jit", "jitdiff.py")
    if session.posargs:
        session.run(PY, jitdiff, *session.posargs, external=True)
        return
    common = ["--gc", "refcount,tracing", "--threshold", "1,7", "-j", "2"]
    session.run(PY, jitdiff, "--conformance", "--bench", "--generated", "5000", *common,
                external=True)
    session.run(PY, jitdiff, "--generated", "1000", "--seed", "100000",
                "--features", "+finalizers,+threads", *common, external=True)


@nox.session(name="finalizer-timing")
def finalizer_timing(session):
    """refvm --gc refcount must finalize where CPython does: a campaign of the
    generator's finalizer family (off in its defaults) on CPython, refvm and
    refvm with every loop hot.  It found five late or out-of-order
    finalizations in refvm's interpreter that the JIT's own differential runs
    could not (both sides shared them), and with the family's frame teardown
    form two more (a frame's locals freed last to first, a class call's
    arguments freed with __init__'s locals; docs/refvm.md, "Garbage collection").
    Findings that no fresh re-run reproduces are cycles CPython's collector
    took at a process-dependent allocation count.  PYTHONPATH makes the engines
    import this tree (the editable install points at the main checkout)."""
    _bootstrap(session)
    args = session.posargs or ["-n", "3000", "--seed", "0", "-j", "2",
                               "--db", os.path.join(ROOT, "diverge-out", "finalizer-timing.db")]
    session.run(DIVERGE, "fuzz", "-e", "cpython,refvm,refvm:jit-threshold=1",
                "--features", "+finalizers", *args, external=True, env={"PYTHONPATH": ROOT})
