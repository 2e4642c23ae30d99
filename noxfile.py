"""nox sessions: the long-running jobs that do not belong in `make test`.

    nox -s tests               the test suite (what `make test` runs)
    nox -s lint                ruff
    nox -s conformance         the full conformance matrix on every installed engine
    nox -s fuzz-nightly        a long campaign of generated programs
    nox -s bench               harness throughput and refvm's speed table
    nox -s tests-on-pypy-host  refvm's tests with PyPy as refvm's host
    nox -s jit-differential    refvm's JIT on vs off: every conformance case, 5,000 programs

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
