"""Judging an Outcome against each kind of expectation."""
from pathlib import Path

from engines.outcome import Outcome

from conformance.case import Case
from conformance.judge import judge
from conformance.outfile import Expected


def case(kind="reference", **kw):
    base = dict(id="f/c", path=Path("f/c.py"), source="", features=("f",), dialect="py3", description="d")
    return Case(kind=kind, **base, **kw)


def ok(stdout, exit=0):
    return Outcome(engine="e", status="ok", stdout=stdout, exit=exit)


def raised(exc, stdout=""):
    return Outcome(engine="e", status="exception", stdout=stdout, exit=1, exception=exc, message="m")


REF = case(expected=Expected("a\nb\n"))


def test_reference_passes_on_equal_stdout_and_exit():
    assert judge(REF, ok("a\nb\n")).verdict == "pass"


def test_reference_ignores_crlf():
    assert judge(REF, ok("a\r\nb\r\n")).verdict == "pass"


def test_reference_fails_naming_the_first_differing_line():
    j = judge(REF, ok("a\nc\n"))
    assert j.verdict == "fail"
    assert "line 2" in j.detail and "'b'" in j.detail and "'c'" in j.detail


def test_reference_fails_on_a_different_exit_status():
    assert "expected exit 0, got exit 3" in judge(REF, ok("a\nb\n", exit=3)).detail


def test_reference_fails_when_an_exception_escapes():
    assert judge(REF, raised("KeyError", "a\nb\n")).verdict == "fail"


def test_reference_with_exception_compares_type_not_message():
    c = case(expected=Expected("x\n", exception="KeyError", exit=1))
    assert judge(c, raised("KeyError", "x\n")).verdict == "pass"
    assert judge(c, raised("IndexError", "x\n")).verdict == "fail"


def test_negative_needs_that_exact_exception():
    c = case("negative", negative="TypeError")
    assert judge(c, raised("TypeError", "anything")).verdict == "pass"
    assert "got exception ValueError" in judge(c, raised("ValueError")).detail
    assert "got exit 0" in judge(c, ok("")).detail


def test_outcome_classes_name_the_match():
    c = case("outcomes", outcomes={"refcount-timing": Expected("del\nend\n"), "deferred-timing": Expected("end\n")})
    j = judge(c, ok("end\n"))
    assert (j.verdict, j.matched) == ("pass", "deferred-timing")
    assert judge(c, ok("del\nend\n")).matched == "refcount-timing"


def test_outcome_classes_forbid_everything_else():
    c = case("outcomes", outcomes={"only": Expected("x\n")})
    j = judge(c, ok("y\n"))
    assert j.verdict == "fail" and "forbidden" in j.detail


def test_timeout_and_crash_fail_with_their_status():
    t = Outcome(engine="e", status="timeout", detail="killed after 5.0 s wall time")
    assert judge(REF, t).detail == "timeout: killed after 5.0 s wall time"
    assert judge(REF, Outcome(engine="e", status="crash", signal=11)).verdict == "fail"


def test_internal_error_is_not_a_verdict_on_the_engine():
    assert judge(REF, Outcome(engine="e", status="internal-error", detail="worker died")).verdict == "error"
