"""Generated programs are valid: they run on CPython without an uncaught exception,
within the time limit, and print the same output twice."""
import pytest

from fuzz.check import check, verdict
from engines.outcome import Outcome


@pytest.mark.parametrize("dialect", ["py3", "py2+3", "py310"])
def test_a_sample_of_seeds_is_valid_on_cpython(dialect):
    report = check(100, seed=500, config={"dialect": dialect}, jobs=2)
    assert report.valid_pct >= 99.0, report.render()


def test_every_family_at_once_is_valid():
    from fuzz.generate import parse_features
    report = check(60, seed=900, config={"features": parse_features("all")}, jobs=2)
    assert report.valid_pct >= 98.0, report.render()


def test_check_reports_coverage_speed_and_sizes():
    report = check(10, seed=1, jobs=1)
    text = report.render()
    assert "programs/s" in text and "lines: median" in text and "features: arithmetic" in text
    assert text.splitlines()[-1].startswith("valid: ")
    assert sum(report.coverage.values()) > 0 and len(report.lines) == 10


def _o(status="ok", stdout="x\n", wall=0.01, exception=None):
    return Outcome(engine="cpython", status=status, stdout=stdout, wall=wall, exception=exception)


def test_verdict_rejects_exceptions_timeouts_and_unstable_output():
    assert verdict(_o(), _o(), 1.0) is None
    assert "ZeroDivisionError" in verdict(_o("exception", exception="ZeroDivisionError"), _o(), 1.0)
    assert verdict(_o(), _o(wall=1.5), 1.0) == "took 1.50 s"
    assert verdict(_o(), _o(stdout="y\n"), 1.0) == "output differs between two runs"
