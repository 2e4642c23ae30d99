"""Expectations files: known failures per engine, and the final status of a case."""
import pytest

from conformance.expectations import (ExpectationsError, Expectations, classify, file_stem, parse, render,
                                      updated)
from conformance.runner import CaseResult

TEXT = """
finalizers/del_exact:
  status: flaky
  reason: timing
finalizers/*:
  status: fail
  reason: PyPy defers finalizers to a collection
  link: https://doc.pypy.org/en/latest/cpython_differences.html
threads/slow:
  status: skip
  reason: takes too long
"""


def test_exact_id_wins_over_an_earlier_glob():
    text = "f/*:\n  status: fail\n  reason: glob\nf/x:\n  status: flaky\n  reason: exact\n"
    exp = Expectations("e", parse(text, "e.yaml"))
    assert exp.lookup("f/x").reason == "exact"
    assert exp.lookup("f/y").reason == "glob"
    assert exp.lookup("g/x") is None


def test_entries_keep_reason_and_link():
    exp = Expectations("pypy", parse(TEXT, "pypy.yaml"))
    entry = exp.lookup("finalizers/other")
    assert (entry.status, entry.link) == ("fail", "https://doc.pypy.org/en/latest/cpython_differences.html")


@pytest.mark.parametrize("verdict, status, final", [
    ("pass", None, "pass"), ("fail", None, "regression"), ("error", None, "error"),
    ("fail", "fail", "xfail"), ("pass", "fail", "xpass"), ("error", "fail", "xfail"), ("error", "flaky", "flaky"),
    ("fail", "flaky", "flaky"), ("pass", "flaky", "pass"),
    (None, "skip", "skip"), (None, None, "n/a"),
])
def test_classify(verdict, status, final):
    from conformance.expectations import Entry
    entry = Entry("x", status, "r") if status else None
    assert classify(verdict, entry) == final


@pytest.mark.parametrize("text, message", [
    ("- a\n", "must map case globs"),
    ("a: fail\n", "must be a mapping"),
    ("a: {status: broken, reason: r}\n", "status must be one of"),
    ("a: {status: fail}\n", "needs a reason"),
    ("a: {status: fail, reason: r, why: x}\n", "unknown key(s) why"),
    ("a: [\n", "not valid YAML"),
])
def test_malformed_file_is_one_clear_error(text, message):
    with pytest.raises(ExpectationsError) as info:
        parse(text, "x.yaml")
    assert message in str(info.value) and "x.yaml" in str(info.value)


def test_missing_file_means_no_known_failures(tmp_path):
    assert Expectations.load("cpython", tmp_path).entries == []


def test_engine_options_get_their_own_file():
    assert file_stem("refvm:gc=tracing") == "refvm-gc=tracing"


def test_unused_entries_are_found():
    exp = Expectations("pypy", parse(TEXT, "pypy.yaml"))
    assert [e.pattern for e in exp.unused(["finalizers/a", "finalizers/del_exact"])] == ["threads/slow"]


def test_update_adds_regressions_and_drops_exact_xpasses(tmp_path):
    exp = Expectations("pypy", parse("a/fixed:\n  status: fail\n  reason: old\n", "p.yaml"))
    results = [CaseResult("a/fixed", "pypy", "a", "xpass", "pass"),
               CaseResult("a/broken", "pypy", "a", "regression", "fail", detail="stdout line 1: ...")]
    entries, notes = updated(exp, results)
    assert [e.pattern for e in entries] == ["a/broken"]
    assert "stdout line 1" in entries[0].reason
    round_trip = parse(render("pypy", entries), "p.yaml")
    assert round_trip == entries


def test_committed_expectations_parse_and_every_entry_matches_a_case():
    from conformance.case import discover
    from conformance.expectations import EXPECTATIONS_DIR
    ids = [c.id for c in discover(read_expected=False)]
    files = sorted(EXPECTATIONS_DIR.glob("*.yaml"))
    assert {f.stem for f in files} >= {"pypy", "jython", "pyodide"}
    for f in files:
        exp = Expectations.load(f.stem)
        # an engine that passes every case has a file of comments only (refvm now); a file
        # with any other line must parse into entries
        content = [l for l in f.read_text().splitlines() if l.strip() and not l.lstrip().startswith("#")]
        assert bool(exp.entries) == bool(content), f
        assert [e.pattern for e in exp.unused(ids)] == [], f
