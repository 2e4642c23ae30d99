"""`diverge report`: imports, writes, and ends with the path of index.html."""
import json
from pathlib import Path

from click.testing import CliRunner

from diverge.cli import cli
from harness.store import Store
from tests.reports import sample


def test_the_last_line_is_the_path_of_index_html(tmp_path):
    sample.build(tmp_path / "d.db").close()
    r = CliRunner().invoke(cli, ["report", "--db", str(tmp_path / "d.db"), "--out", str(tmp_path / "site")])
    assert r.exit_code == 0, r.output
    last = Path(r.output.strip().splitlines()[-1])
    assert last == (tmp_path / "site" / "index.html").resolve() and last.exists()
    assert json.loads((tmp_path / "site" / "report.json").read_text())["findings"]["total"] == 5


def test_import_conform_records_a_run_before_reporting_it(tmp_path):
    run = tmp_path / "run.json"
    run.write_text(json.dumps(sample.suite({"cpython": {}, "pypy": {"int": 1}})))
    db = tmp_path / "new.db"
    r = CliRunner().invoke(cli, ["report", "--db", str(db), "--out", str(tmp_path / "site"), "--import-conform", str(run)])
    assert r.exit_code == 0, r.output
    assert "recorded conformance run #1" in r.output
    assert len(Store(db).suite_runs()) == 1
    assert "pypy" in (tmp_path / "site" / "conformance.html").read_text()


def test_a_missing_database_is_a_one_line_error_with_status_2(tmp_path):
    r = CliRunner().invoke(cli, ["report", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "site")])
    assert r.exit_code == 2
    assert "no such database" in r.output and not (tmp_path / "none.db").exists()


def test_stress_files_are_charted(tmp_path):
    sample.build(tmp_path / "d.db").close()
    f = tmp_path / "stress.json"
    f.write_text(json.dumps({"stress": sample.STRESS}))
    r = CliRunner().invoke(cli, ["report", "--db", str(tmp_path / "d.db"), "--out", str(tmp_path / "site"),
                                 "--stress", str(f)])
    assert r.exit_code == 0, r.output
    assert "threads/counter_race" in (tmp_path / "site" / "index.html").read_text()
