"""`diverge coverage` on the command line."""
import json
import subprocess
import sys

import pytest


def diverge(*args, timeout=180):
    return subprocess.run([sys.executable, "-m", "diverge", *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("args", [[], ["--suite", "x.py"], ["--campaign", "/nonexistent/x.db"],
                                  ["--vm", "colour=red", "x.py"], ["/nonexistent/prog.py"]])
def test_bad_invocations_are_one_line_errors_with_status_2(args, tmp_path):
    p = diverge("coverage", "--no-record", *args)
    assert p.returncode == 2, p.stderr
    assert "Traceback" not in p.stderr


def test_files_are_measured_per_area_with_the_uncovered_list_and_recorded(tmp_path):
    prog = tmp_path / "p.py"
    prog.write_text("class A:\n    def __add__(self, o):\n        return 3\nprint(A() + 1)\n")
    db = tmp_path / "c.db"
    p = diverge("coverage", str(prog), "--json", "--db", str(db))
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    areas = {a["area"]: a for a in d["areas"]}
    assert areas["operator dispatch"]["branches_hit"] > 0
    assert {"GIL and scheduler", "GC", "JIT"} <= set(areas)
    assert d["uncovered_count"] == len(d["uncovered"]) == d["total"]["branches"] - d["total"]["branches_hit"]
    assert d["statuses"] == {"ok": 1}
    import sqlite3
    row = sqlite3.connect(db).execute("SELECT kind, programs FROM coverage_runs").fetchone()
    assert row == ("files", 1)


def test_suite_cases_can_be_picked_and_the_text_report_ends_with_the_table(tmp_path):
    p = diverge("coverage", "--suite", "--cases", "generators/send*", "--no-record", "--jobs", "1")
    assert p.returncode == 0, p.stderr
    assert "# generators" in p.stdout or "generators" in p.stdout
    assert "semantic coverage of the conformance suite" in p.stdout
    assert "uncovered branches:" in p.stdout
