"""Running cases on CPython through the engine API, and the final statuses."""
from conformance.case import discover
from conformance.expectations import Expectations, parse
from conformance.runner import run_suite


def test_a_sample_of_the_committed_suite_passes_on_cpython(cpython):
    cases = discover(patterns=["binary-ops/*", "generators/*", "finalizers/*", "threads/lock*"])
    assert len(cases) > 60
    suite = run_suite(cases, [cpython], {"cpython": Expectations("cpython", [])})
    failures = [(r.case_id, r.detail) for r in suite.results if r.status != "pass"]
    assert failures == []
    assert suite.features == ["binary-ops", "finalizers", "generators", "threads"]


def test_outcome_class_results_name_the_matched_outcome(cpython):
    cases = discover(patterns=["finalizers/del_on_last_reference"])
    suite = run_suite(cases, [cpython], {"cpython": Expectations("cpython", [])})
    assert suite.results[0].matched == "refcount-timing"


def test_statuses_combine_verdicts_and_entries(cpython, suite_dir):
    cases = discover(suite_dir / "cases")
    (suite_dir / "cases" / "demo" / "adds.out").write_text("4\n--- exit 0\n")
    cases = discover(suite_dir / "cases")
    text = "demo/raises:\n  status: fail\n  reason: pretend\ndemo/either:\n  status: skip\n  reason: slow\n"
    exp = Expectations("cpython", parse(text, "x.yaml"))
    suite = run_suite(cases, [cpython], {"cpython": exp})
    status = {r.case_id: r.status for r in suite.results}
    assert status == {"demo/adds": "regression", "demo/raises": "xpass", "demo/either": "skip"}
    assert [r.case_id for r in suite.gate_failures()] == ["demo/adds", "demo/raises"]


def test_dialect_outside_an_engines_level_is_not_applicable(suite_dir):
    class Py27Only:
        label, version = "old", "2.7"

        def covers(self, dialect):
            return dialect == "py2+3"

        def session(self, isolation="worker"):
            raise AssertionError("only py2+3 cases may run")

    cases = [c for c in discover(suite_dir / "cases") if c.dialect == "py3"]
    suite = run_suite(cases, [Py27Only()], {"old": Expectations("old", [])})
    assert {r.status for r in suite.results} == {"n/a"}
