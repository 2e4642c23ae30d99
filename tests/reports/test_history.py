"""Migration 2 and what records into it: conformance runs and benchmark figures."""
import json
import sqlite3

import pytest

from engines.errors import UserError
from harness.store import MIGRATIONS, SCHEMA_VERSION, Store
from reports.history import import_bench, import_conform, load_stress, record_suite, record_throughput
from stress.throughput import Measurement
from tests.reports import sample


def test_a_version_1_store_migrates_to_the_current_schema_and_keeps_its_findings(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[1] + "; PRAGMA user_version = 1;")
    db.execute("INSERT INTO campaigns (started, config) VALUES (1.0, '{}')")
    db.commit()
    db.close()
    s = Store(path)
    assert s.version() == SCHEMA_VERSION >= 2
    assert [c["id"] for c in s.campaigns()] == [1]
    assert s.suite_runs() == [] and s.bench_figures() == []


def test_a_recorded_suite_run_keeps_every_case_and_engine_result(tmp_path):
    s = Store(tmp_path / "d.db")
    rid = record_suite(s, sample.suite({"cpython": {}, "pypy": {"int": 2}}), started=100.0)
    [run] = s.suite_runs()
    assert run["id"] == rid and run["started"] == 100.0
    assert run["engines"] == {"cpython": "cpython 1.0", "pypy": "pypy 1.0"}
    results = s.suite_results(rid)
    assert len(results) == 2 * 30
    xfails = sorted(r["case_id"] for r in results if r["status"] == "xfail")
    assert xfails == ["int/case_0", "int/case_1"]


def test_conform_json_output_imports_with_the_files_time(tmp_path):
    f = tmp_path / "run.json"
    f.write_text(json.dumps(sample.suite({"cpython": {}})))
    s = Store(tmp_path / "d.db")
    assert import_conform(s, f) == (1, True)
    assert s.suite_runs()[0]["started"] == pytest.approx(f.stat().st_mtime)
    assert s.suite_runs()[0]["meta"]["source"] == str(f)


def test_importing_the_same_file_twice_records_one_run(tmp_path):
    f = tmp_path / "run.json"
    f.write_text(json.dumps(sample.suite({"cpython": {}})))
    s = Store(tmp_path / "d.db")
    assert import_conform(s, f) == (1, True)
    assert import_conform(s, f) == (1, False)
    f.write_text(json.dumps({**sample.suite({"cpython": {}}), "started": 5.0}))     # a new run, its own time
    assert import_conform(s, f) == (2, True)
    assert [(r["id"], r["started"]) for r in s.suite_runs()][0] == (2, 5.0)      # history is by time, oldest first


def test_a_file_that_is_not_a_conformance_run_is_a_one_line_user_error(tmp_path):
    s = Store(tmp_path / "d.db")
    f = tmp_path / "x.json"
    f.write_text("[1, 2]")
    with pytest.raises(UserError, match="not a conformance run"):
        import_conform(s, f)
    f.write_text("{")
    with pytest.raises(UserError, match="not JSON"):
        import_conform(s, f)
    assert s.suite_runs() == []


def test_throughput_measurements_become_figures_per_mode_and_engine(tmp_path):
    s = Store(tmp_path / "d.db")
    record_throughput(s, {"worker": [Measurement("cpython", "worker", 100, 0.5, 0)],
                          "spawn": [Measurement("cpython", "spawn", 100, 2.0, 1)]}, recorded=5.0)
    figures = {(f["benchmark"], f["engine"]): f for f in s.bench_figures()}
    assert figures[("throughput/worker", "cpython")]["value"] == 200.0
    assert figures[("throughput/spawn", "cpython")]["meta"] == {"failures": 1, "programs": 100}


def test_bench_figures_missing_a_field_are_refused(tmp_path):
    s = Store(tmp_path / "d.db")
    f = tmp_path / "b.json"
    f.write_text(json.dumps([{"benchmark": "b", "engine": "e", "value": 1}]))
    with pytest.raises(UserError, match="figure 0 lacks metric"):
        import_bench(s, f)
    f.write_text(json.dumps({"figures": [{"benchmark": "b", "engine": "e", "metric": "m", "value": 1}]}))
    assert import_bench(s, f) == 1


def test_stress_results_must_have_the_documented_shape(tmp_path):
    f = tmp_path / "s.json"
    f.write_text(json.dumps({"stress": sample.STRESS}))
    assert load_stress(f) == sample.STRESS
    f.write_text(json.dumps([{"test": "t", "engine": "e", "outcomes": [{"outcome": "1", "count": 1, "class": "odd"}]}]))
    with pytest.raises(UserError, match="stress result 0"):
        load_stress(f)


def test_what_diverge_conform_json_prints_records_as_is(tmp_path):
    """The contract with conformance: record_suite takes conformance.report.to_json's dict."""
    from types import SimpleNamespace

    from conformance.report import to_json
    from conformance.runner import CaseResult, SuiteResult
    cases = [SimpleNamespace(id="int/a", feature="int"), SimpleNamespace(id="int/b", feature="int")]
    suite = SuiteResult(cases=cases, engines={"cpython": "CPython 3.11.2", "jython": "Jython 2.7.3"}, results=[
        CaseResult("int/a", "cpython", "int", "pass", "pass"), CaseResult("int/b", "cpython", "int", "regression", "fail",
                                                                           detail="stdout differs"),
        CaseResult("int/a", "jython", "int", "n/a"), CaseResult("int/b", "jython", "int", "xfail", "fail", reason="r")])
    s = Store(tmp_path / "d.db")
    rid = record_suite(s, json.loads(json.dumps(to_json(suite))))
    assert list(s.suite_runs()[0]["engines"]) == ["cpython", "jython"]
    got = {(r["case_id"], r["engine"]): (r["status"], r["detail"] or r["reason"]) for r in s.suite_results(rid)}
    assert got == {("int/a", "cpython"): ("pass", ""), ("int/b", "cpython"): ("regression", "stdout differs"),
                   ("int/b", "jython"): ("xfail", "r")}
