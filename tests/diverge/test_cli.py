"""The command line's contract: exit 0 agree, 1 divergence, 2 usage or set-up error
(one line, no traceback); the JSON shapes other tools read."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diverge.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def cpython_pypy(engine_factory):
    engine_factory("cpython"), engine_factory("pypy")
    return "cpython,pypy"


def test_run_exits_1_when_del_runs_at_different_times(cpython_pypy):
    r = invoke("run", str(EXAMPLES / "finalizer_timing.py"), "--engines", cpython_pypy)
    assert r.exit_code == 1
    assert "diverge" in r.output and "-  finalized" in r.output     # the diff shows the missing line


def test_run_exits_0_when_all_agree(cpython_pypy):
    r = invoke("run", str(EXAMPLES / "operator_dispatch.py"), str(EXAMPLES / "exceptions.py"),
               "--engines", cpython_pypy)
    assert r.exit_code == 0, r.output


def test_run_json_gives_outcomes_and_verdict_per_file(cpython_pypy):
    r = invoke("run", str(EXAMPLES / "finalizer_timing.py"), str(EXAMPLES / "exceptions.py"),
               "--engines", cpython_pypy, "--json")
    data = json.loads(r.output)
    assert [Path(d["file"]).name for d in data] == ["finalizer_timing.py", "exceptions.py"]
    first = data[0]
    assert set(first["outcomes"]) == {"cpython", "pypy"}
    assert {"status", "exception", "stdout", "exit"} <= set(first["outcomes"]["cpython"])
    assert first["verdict"]["status"] == "diverge"
    assert first["verdict"]["groups"] == [["cpython"], ["pypy"]]
    second = data[1]["outcomes"]["pypy"]
    assert (second["status"], second["exception"], second["exit"]) == ("exception", "KeyError", 1)


def test_run_in_spawn_isolation_gives_the_same_verdict(cpython_pypy):
    r = invoke("run", str(EXAMPLES / "finalizer_timing.py"), "--engines", cpython_pypy,
               "--isolation", "spawn", "--json")
    assert json.loads(r.output)[0]["verdict"]["status"] == "diverge"


def test_engines_that_do_not_cover_the_dialect_sit_out(cpython_pypy, engine_factory):
    engine_factory("jython")
    r = invoke("run", str(EXAMPLES / "operator_dispatch.py"), "--engines", "cpython,jython", "--json")
    data = json.loads(r.output)[0]
    assert data["verdict"]["skipped"] == ["jython"] and list(data["outcomes"]) == ["cpython"]
    r = invoke("run", str(EXAMPLES / "operator_dispatch.py"), "--engines", "cpython,jython",
               "--dialect", "py2+3", "--json")
    data = json.loads(r.output)[0]
    assert data["verdict"]["status"] == "agree" and sorted(data["outcomes"]) == ["cpython", "jython"]


@pytest.mark.parametrize("args, message", [
    (["run", "examples/operator_dispatch.py", "--engines", "nosuch"], "unknown engine 'nosuch'"),
    (["run", "/nonexistent/prog.py", "--engines", "cpython"], "no such file"),
    (["run", "examples/operator_dispatch.py", "--engines", "cpython@/nonexistent/python"], "not available"),
    (["run", "examples/operator_dispatch.py", "--engines", "refvm:gc"], "not key=value"),
    (["run", "examples/operator_dispatch.py", "--timeout", "-1"], "positive"),
])
def test_user_errors_are_one_line_and_exit_2(args, message):
    root = EXAMPLES.parent
    p = subprocess.run([sys.executable, "-m", "diverge", *args], capture_output=True, text=True, cwd=root)
    assert p.returncode == 2
    assert message in p.stderr
    assert "Traceback" not in p.stderr


def test_a_file_that_is_not_utf8_is_a_user_error(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_bytes(b"print('\xff')\n")
    r = CliRunner().invoke(cli, ["run", str(bad), "--engines", "cpython"])
    assert r.exit_code == 2 and "not UTF-8" in r.output


def test_engines_json_lists_every_engine_with_availability(engine_factory):
    engine_factory("cpython")
    data = json.loads(invoke("engines", "--json").output)
    names = [d["name"] for d in data]
    assert names[:4] == ["cpython", "pypy", "jython", "pyodide"] and "refvm" in names
    for d in data:
        assert {"name", "version", "available", "reason"} <= set(d)
        assert d["available"] or d["reason"]
    assert data[0]["available"] and data[0]["version"].startswith("CPython 3.11")


def test_bench_throughput_ends_with_the_ratio_line(engine_factory):
    engine_factory("cpython")
    r = invoke("bench", "throughput", "--count", "3", "--engines", "cpython")
    last = r.output.strip().splitlines()[-1]
    assert last.startswith("ratio: ") and float(last.split()[1]) > 0
