"""The commands end to end, small."""
import json

from click.testing import CliRunner

from diverge.cli import cli
from tests.conftest import require_engine

COUNTER = "# dialect: py2+3\n# acceptable: 3\nprint(3)\n"


def test_stress_threads_json_gives_outcomes_with_counts(tmp_path):
    require_engine("cpython")
    f = tmp_path / "three.py"
    f.write_text(COUNTER)
    result = CliRunner().invoke(cli, ["stress", "threads", str(f), "-e", "cpython,refvm", "-n", "3", "--json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["stress"]
    assert entries[0]["outcomes"] == [{"outcome": "3", "count": 3, "class": "acceptable"}]
    # refvm: one --explore process, three schedules
    assert entries[1]["engine"] == "refvm" and entries[1]["settings"]["explore"] == 3
    assert entries[1]["outcomes"] == [{"outcome": "3", "count": 3, "class": "acceptable"}]


def test_refvm_explorer_finds_the_lost_update_as_an_interesting_outcome():
    from engines import resolve
    from stress.spec import builtin
    from stress.threads import run_explored
    require_engine("refvm")
    [spec] = [s for s in builtin("threads") if s.name == "threads/counter_unlocked"]
    d = run_explored(spec, resolve("refvm"), 12)
    assert d.runs == 12, d
    assert any(int(o) < 8000 for o in d.counts), d.counts      # some schedule lost an update
    assert all(d.classes[o] != "forbidden" for o in d.counts)


def test_refvm_runs_stress_gc_once_per_gc_mode(tmp_path):
    require_engine("refvm")
    f = tmp_path / "fine.py"
    f.write_text("# acceptable: fine\nprint('fine')\n")
    result = CliRunner().invoke(cli, ["stress", "gc", str(f), "-e", "refvm", "-n", "1", "--json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["stress"]
    assert [e["engine"] for e in entries] == ["refvm:gc=refcount", "refvm:gc=tracing", "refvm:gc=none"]
    assert all(e["outcomes"] == [{"outcome": "fine", "count": 1, "class": "acceptable"}] for e in entries)


def test_stress_gc_exits_1_on_a_forbidden_outcome(tmp_path):
    require_engine("cpython")
    f = tmp_path / "bad.py"
    f.write_text("# acceptable: fine\nraise MemoryError\n")
    result = CliRunner().invoke(cli, ["stress", "gc", str(f), "-e", "cpython", "-n", "1"])
    assert result.exit_code == 1
    assert "FORBIDDEN" in result.output


def test_bench_engines_saves_a_baseline_and_compares_with_it(tmp_path):
    require_engine("cpython")
    args = ["bench", "engines", "-e", "cpython", "-b", "nqueens", "-p", "1", "--values", "8", "--min-time", "0.005"]
    base = tmp_path / "base.json"
    first = CliRunner().invoke(cli, args + ["--save-baseline", str(base), "--db", str(tmp_path / "s.db")])
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(cli, args + ["--baseline", str(base), "--json"])
    assert second.exit_code in (0, 1), second.output
    [v] = json.loads(second.stdout)["verdicts"]
    assert v["verdict"] in ("same", "slower", "faster")
    from harness.store import Store
    [fig] = Store(tmp_path / "s.db").bench_figures()
    assert (fig["benchmark"], fig["unit"]) == ("engines/nqueens", "ms")


def test_stress_robustness_counts_ends_and_exits_0_when_the_engine_never_fails():
    require_engine("cpython")
    result = CliRunner().invoke(cli, ["stress", "robustness", "-e", "cpython", "-n", "4", "--kind", "semantic",
                                      "--kind", "codegen", "-j", "1", "--json"])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)["robustness"]
    assert [(r["kind"], r["programs"], r["failures"]) for r in reports] == [("semantic", 4, []), ("codegen", 4, [])]
    assert sum(reports[0]["statuses"].values()) == 4


def test_robustness_names_the_program_an_engine_crashed_on():
    from engines import Program, resolve
    from stress.robustness import check
    require_engine("cpython")
    progs = [Program("print(1)\n", origin={"seed": 1}),
             Program("import ctypes\nctypes.string_at(0)\n", origin={"seed": 2}),
             Program("raise KeyError(3)\n", origin={"seed": 3})]
    report = check(resolve("cpython"), "semantic", progs, jobs=2)
    assert report.programs == 3
    assert [(f.origin, f.status) for f in report.failures] == [({"seed": 2}, "crash")]
    assert report.statuses["exception"] == 1 and report.statuses["ok"] == 1


def test_bench_engines_measures_refvm(tmp_path):
    require_engine("cpython")
    require_engine("refvm")
    result = CliRunner().invoke(cli, ["bench", "engines", "-e", "cpython,refvm", "-b", "fib_calls", "-p", "1",
                                      "--values", "2", "--min-time", "0.005", "--json"])
    assert result.exit_code == 0, result.output
    samples = json.loads(result.stdout)["samples"]
    assert {s["engine"] for s in samples} == {"cpython", "refvm"}
    assert all(s["values"] for s in samples), samples


def test_bench_engines_times_a_generated_workload_and_rejects_a_bad_seed():
    require_engine("cpython")
    ok = CliRunner().invoke(cli, ["bench", "engines", "-e", "cpython", "-b", "gen:3,fib_calls", "-p", "1",
                                  "--values", "2", "--min-time", "0.005", "--json"])
    assert ok.exit_code == 0, ok.output
    samples = {s["benchmark"]: s for s in json.loads(ok.stdout)["samples"]}
    assert set(samples) == {"gen:3", "fib_calls"} and samples["gen:3"]["values"], samples
    bad = CliRunner().invoke(cli, ["bench", "engines", "-e", "cpython", "-b", "gen:x"])
    assert bad.exit_code == 2 and "gen:SEED" in bad.output
