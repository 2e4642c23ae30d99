"""`diverge conform`: the gate, JSON, JUnit, and one-line errors."""
import json
import xml.etree.ElementTree as ET

from click.testing import CliRunner

from diverge.commands.conform import command


def conform(suite_dir, *args):
    argv = ["--engines", "cpython", "--cases-dir", str(suite_dir / "cases"),
            "--expectations-dir", str(suite_dir / "expectations"), *args]
    return CliRunner().invoke(command, argv)


def test_gate_passes_on_a_clean_suite(cpython, suite_dir):
    result = conform(suite_dir, "--gate")
    assert result.exit_code == 0, result.output
    assert "cpython: 3 pass" in result.output


def test_gate_fails_naming_an_injected_regression(cpython, suite_dir):
    (suite_dir / "cases" / "demo" / "adds.out").write_text("4\n--- exit 0\n")
    result = conform(suite_dir, "--gate")
    assert result.exit_code == 1
    assert "regression cpython demo/adds" in result.output
    assert "expected '4', got '3'" in result.output


def test_gate_fails_on_an_unexpected_pass(cpython, suite_dir):
    (suite_dir / "expectations" / "cpython.yaml").write_text("demo/adds:\n  status: fail\n  reason: old bug\n")
    result = conform(suite_dir, "--gate")
    assert result.exit_code == 1
    assert "xpass cpython demo/adds" in result.output


def test_without_gate_failures_do_not_change_the_exit_status(cpython, suite_dir):
    (suite_dir / "cases" / "demo" / "adds.out").write_text("4\n--- exit 0\n")
    assert conform(suite_dir).exit_code == 0


def test_json_reports_cases_features_and_engines(cpython, suite_dir):
    result = conform(suite_dir, "--json")
    data = json.loads(result.output)
    assert (data["cases"], data["features"], data["gate"]) == (3, 1, "pass")
    engine = data["engines"]["cpython"]
    assert (engine["run"], engine["passed"]) == (3, 3)
    assert {r["case_id"]: r["matched"] for r in engine["results"]}["demo/either"] == "second"


def test_junit_marks_regressions_as_failures(cpython, suite_dir, tmp_path):
    (suite_dir / "cases" / "demo" / "adds.out").write_text("4\n--- exit 0\n")
    out = tmp_path / "junit.xml"
    conform(suite_dir, "--junit", str(out))
    suite = ET.parse(out).getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("3", "1")
    failed = [tc.get("name") for tc in suite.iter("testcase") if tc.find("failure") is not None]
    assert failed == ["demo/adds"]


def test_update_expectations_records_the_failure(cpython, suite_dir):
    (suite_dir / "cases" / "demo" / "adds.out").write_text("4\n--- exit 0\n")
    conform(suite_dir, "--update-expectations")
    text = (suite_dir / "expectations" / "cpython.yaml").read_text()
    assert "demo/adds:" in text and "status: fail" in text
    assert conform(suite_dir, "--gate").exit_code == 0


def test_malformed_case_is_one_line_and_exit_2(suite_dir):
    (suite_dir / "cases" / "demo" / "bad.py").write_text("# ---\n# features: [x]\n# ---\n")
    result = conform(suite_dir)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "bad.py" in lines[0] and "dialect" in lines[0]


def test_unknown_engine_is_exit_2(suite_dir):
    result = CliRunner().invoke(command, ["--engines", "nosuch", "--cases-dir", str(suite_dir / "cases")])
    assert result.exit_code == 2
    assert "unknown engine" in result.output


def test_no_matching_cases_is_exit_2(suite_dir):
    assert conform(suite_dir, "--features", "nothing-like-this").exit_code == 2


def test_regen_writes_the_reference_outcome(cpython, suite_dir):
    out = suite_dir / "cases" / "demo" / "adds.out"
    out.unlink()
    result = conform(suite_dir, "--regen")
    assert result.exit_code == 0, result.output
    assert out.read_text() == "3\n--- exit 0\n"


def test_db_records_the_run_in_the_store(cpython, suite_dir, tmp_path):
    import sqlite3
    (suite_dir / "cases" / "demo" / "adds.out").write_text("4\n--- exit 0\n")
    db = tmp_path / "runs.db"
    result = conform(suite_dir, "--db", str(db))
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute("SELECT case_id, status FROM suite_results ORDER BY case_id").fetchall()
    assert len(rows) == 3
    assert dict(rows)["demo/adds"] == "regression"


def test_db_that_is_not_a_store_is_exit_2(cpython, suite_dir, tmp_path):
    db = tmp_path / "bad.db"
    db.write_text("not sqlite")
    result = conform(suite_dir, "--db", str(db))
    assert result.exit_code == 2
    assert "not a usable diverge database" in result.output
