"""The thread options of `python -m refvm`: errors, switch interval, time."""
import json
import os
import subprocess
import shutil
import sys

import pytest

from threads_helpers import PROGRAMS, RACES, REPO, run_refvm

LOST = os.path.join(RACES, "lost_update.py")


@pytest.mark.parametrize("options, message", [
    (["--sched", "fifo"], "refvm: --sched must be rr, random:SEED or pct:SEED:DEPTH[:STEPS], not 'fifo'"),
    (["--sched", "pct:1:x"], "refvm: --sched pct:1:x: seed, depth and steps must be integers"),
    (["--sched", "pct:1:0"], "refvm: --sched pct:1:0: the depth must be at least 1"),
    (["--preempt", "sometimes"], "refvm: --preempt must be any or breaker"),
    (["--switch-interval", "0"], "refvm: --switch-interval must be a positive number of seconds"),
    (["--explore", "0"], "refvm: --explore must be a positive number of runs"),
    (["--json"], "refvm: --json goes with --explore N"),
    (["--replay", "/nonexistent/s.json"], "refvm: cannot read schedule /nonexistent/s.json"),
])
def test_bad_thread_options_are_one_line_usage_errors(options, message):
    o = run_refvm(LOST, *options)
    assert o.status == 2
    assert o.stderr.splitlines()[0].startswith(message), o.stderr
    assert "Traceback" not in o.stderr


def test_a_schedule_of_another_program_is_reported_as_diverged(tmp_path):
    f = tmp_path / "s.json"
    f.write_text(json.dumps({"refvm_schedule": 1, "sched": "x", "preempt": "any",
                             "steps": 5, "decisions": [[0, 7]]}))
    o = run_refvm(LOST, "--replay", str(f))
    assert o.status == 2
    assert o.stderr.strip().splitlines()[-1].startswith("refvm: replay diverged: at step 0")


def test_a_file_that_is_not_a_schedule_is_rejected(tmp_path):
    f = tmp_path / "s.json"
    f.write_text('{"decisions": 3}')
    o = run_refvm(LOST, "--replay", str(f))
    assert o.status == 2 and "is not a refvm schedule" in o.stderr


def test_switch_interval_values_follow_cpython(tmp_path):
    p = tmp_path / "si.py"
    p.write_text("import sys\nprint(sys.getswitchinterval())\nsys.setswitchinterval(1e-9)\n"
                 "print(sys.getswitchinterval())\nsys.setswitchinterval(0.0012345)\n"
                 "print(sys.getswitchinterval())\n"
                 "try:\n    sys.setswitchinterval('a')\nexcept TypeError as e:\n    print(e)\n")
    expected = subprocess.run([sys.executable, str(p)], capture_output=True, text=True).stdout
    assert run_refvm(str(p)).stdout == expected
    o = run_refvm(str(p), "--switch-interval", "0.25")
    assert o.stdout.splitlines()[0] == "0.25"


def test_sleep_takes_real_time_by_default_and_none_with_the_virtual_clock(tmp_path):
    p = tmp_path / "sl.py"
    p.write_text("import time\nt = time.time()\ntime.sleep(0.3)\nprint(time.time() - t >= 0.3)\n")
    assert run_refvm(str(p)).stdout == "True\n"
    assert run_refvm(str(p), "--clock", "virtual").stdout == "False\n"


def test_explore_text_report_and_record_of_the_rarest(tmp_path):
    rec = tmp_path / "rare.json"
    o = run_refvm(LOST, "--explore", "8", "--sched", "random", "--record", str(rec),
                  timeout=300)
    lines = o.stdout.splitlines()
    assert lines[0].startswith("refvm: 8 runs of %s under random: " % LOST)
    assert lines[1].startswith("  #1 ")
    if o.status == 1:
        json.loads(rec.read_text())       # the record is JSON
        again = run_refvm(LOST, "--replay", str(rec))
        counts = [l for l in lines if l.startswith("  #")]
        assert repr(again.stdout) in counts[-1] or again.stdout in o.stdout


@pytest.mark.skipif(shutil.which("pypy3") is None, reason="pypy3 not installed")
def test_threads_run_on_a_pypy_host():
    path = os.path.join(PROGRAMS, "condition_producer_consumer.py")
    env = dict(os.environ, PYTHONPATH=REPO)
    cp = subprocess.run([sys.executable, path], capture_output=True, text=True)
    for spec in ("rr", "pct:4:3"):
        pp = subprocess.run(["pypy3", "-m", "refvm", "--sched", spec, path], capture_output=True,
                            text=True, env=env, timeout=120)
        assert (pp.stdout, pp.returncode) == (cp.stdout, cp.returncode), pp.stderr
