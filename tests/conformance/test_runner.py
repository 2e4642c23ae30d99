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


def test_engines_that_run_many_programs_at_once_get_the_cases_in_batches(cpython, monkeypatch):
    """A session with run_many (Grumpy: one Go binary per batch) gets chunks of cases; every
    case is still judged and recorded once."""
    import conformance.runner as runner
    monkeypatch.setattr(runner, "BATCH", 10)
    calls = []

    class BatchingSession:
        def __init__(self, inner):
            self.inner = inner

        def run_many(self, programs, limits):
            calls.append(len(programs))
            return [self.inner.run(p, limits) for p in programs]

        def run(self, program, limits):
            raise AssertionError("every case should have come through run_many")

    class Batching:
        label, version = "batching", cpython.version

        def covers(self, dialect):
            return cpython.covers(dialect)

        def session(self, isolation):
            import contextlib

            @contextlib.contextmanager
            def opened():
                with cpython.session(isolation) as inner:
                    yield BatchingSession(inner)
            return opened()

    cases = discover(patterns=["generators/*"])
    suite = run_suite(cases, [Batching()], {"batching": Expectations("batching", [])})
    assert sorted(r.case_id for r in suite.results) == sorted(c.id for c in cases)
    assert [r.status for r in suite.results if r.status != "pass"] == []
    assert sum(calls) == len(cases) and max(calls) <= 10 and len(calls) >= len(cases) // 10
