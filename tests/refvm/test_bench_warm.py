"""refvm.bench's warm mode (`--jit --warm N`): a benchmark program run N times in
one process by refvm/bench/_warm.py, the fastest run after the first counted."""
import os
import subprocess
import sys

from refvm.bench import __main__ as bench
from refvm.bench import _warm

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROG = ("class P:\n    pass\n\n\n@staticmethod\ndef f(\n    x,\n):\n    return x\n\n"
        "first = globals().setdefault('first', P)\nruns = globals().get('runs', 0) + 1\n"
        "t = 0\nfor i in range(3000):\n    t += i % 7\nprint(t, runs, first is P)\n")


def _run_warm(host_argv, prog, n):
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run(host_argv + [bench.WARM, str(prog), str(n)], capture_output=True,
                          text=True, env=env, timeout=120)


def test_each_run_shares_the_namespace_and_the_last_runs_output_is_written(tmp_path):
    prog = tmp_path / "p.py"
    prog.write_text(PROG)
    for argv in ([sys.executable], bench.refvm_argv(sys.executable)):
        r = _run_warm(argv, prog, 3)
        assert r.returncode == 0, r.stderr
        # the namespace is kept (runs counts 3), the class made by the first run
        # only, the output is the last run's only
        assert r.stdout == "8994 3 True\n"     # (428 x 21 + 0+1+2+3)
        [line] = [x for x in r.stderr.splitlines() if x.startswith("warm: ")]
        times = [float(x) for x in line.split()[1:]]
        assert len(times) == 3 and all(t >= 0 for t in times)
        assert bench.warm_time(r) == min(times[1:])


def test_later_runs_leave_out_the_top_level_definitions():
    src = ("import os\n\n@dec\nclass A(\n    B,\n):\n    x = 1\n# note\ny = [\n    1,\n]\n"
           "def f():\n    return 2\n\nprint(f())\n")
    lines = _warm.driver(src).split("\n")
    assert lines == ["import os", "", "", "", "", "", "", "", "y = [", "    1,", "]", "", "",
                     "", "print(f())", ""]


def test_a_program_that_fails_has_no_warm_time(tmp_path):
    prog = tmp_path / "bad.py"
    prog.write_text("raise SystemExit(3)\n")
    r = _run_warm([sys.executable], prog, 2)
    assert r.returncode == 3
    assert bench.warm_time(r) is None


def test_a_warm_row_compares_the_three_configurations():
    [row] = list(bench.jit_rows(only=["nqueens"], warm=2))
    assert row.name == "nqueens" and row.ok
    # (warm figures leave start-up out: CPython's nqueens runs in ~10 ms, its
    # process in ~20)
    assert 0 < row.cpython < row.off and 0 < row.on < row.off
