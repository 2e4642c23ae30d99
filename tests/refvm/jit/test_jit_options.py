"""The JIT's command-line options and what a run reports."""
import os
import re
import subprocess
import sys

import jitdiff

LOOP = "t = 0\nfor i in range(5000):\n    t += i\nprint(t)\n"


def _prog(tmp_path, src=LOOP):
    p = tmp_path / "prog.py"
    p.write_text(src)
    return str(p)


def test_bad_threshold_is_a_usage_error(tmp_path):
    r = jitdiff.run_fork(_prog(tmp_path), ("--jit", "on", "--jit-threshold", "zero"))
    assert r.status == 2
    assert r.stderr.splitlines()[0] == \
        "refvm: --jit-threshold must be a positive integer (backward jumps)"


def test_bad_jit_mode_is_a_usage_error(tmp_path):
    r = jitdiff.run_fork(_prog(tmp_path), ("--jit", "maybe"))
    assert r.status == 2 and "--jit must be on or off" in r.stderr


def test_stats_count_loops_and_exits(tmp_path):
    r = jitdiff.run_fork(_prog(tmp_path), ("--jit", "on", "--jit-stats"))
    assert r.stdout == "12497500\n"
    stats = dict((m.group(1).strip(), m.group(2)) for m in
                 re.finditer(r"^  (.+?)\s{2,}([\d.]+)", r.stderr, re.M))
    assert stats["loops compiled"] == "1"
    assert stats["trace entries"] == "1"
    assert stats["deopts (exits to the interpreter)"] == "1"     # the loop's end
    assert "time tracing" in stats


def test_below_the_threshold_nothing_is_compiled(tmp_path):
    src = "t = 0\nfor i in range(100):\n    t += i\nprint(t)\n"
    r = jitdiff.run_fork(_prog(tmp_path, src), ("--jit", "on", "--jit-stats"))
    assert r.stdout == "4950\n"
    assert re.search(r"loops compiled\s+0", r.stderr)


def test_jit_off_prints_no_stats(tmp_path):
    r = jitdiff.run_fork(_prog(tmp_path), ("--jit", "off", "--jit-stats"))
    assert r.stdout == "12497500\n" and r.stderr == ""


def test_log_has_each_trace_before_and_after_optimization(tmp_path):
    log = str(tmp_path / "jit.log")
    r = jitdiff.run_fork(_prog(tmp_path), ("--jit", "on", "--jit-log", log))
    assert r.status == 0
    text = open(log).read()
    for part in ("-- recorded", "-- before optimization", "-- after optimization",
                 "-- Python source", "def loop1("):
        assert part in text


def test_log_names_an_int_too_long_to_write_by_its_size(tmp_path):
    # a global of 5,001 digits the trace holds as a constant (the host's repr
    # refuses over 4,300): the log names it by its size, the trace's source
    # by a constant's name
    src = ("K = 10 ** 5000\ndef f():\n    t = 0\n    for i in range(3000):\n"
           "        t += (K + i) % 1000\n    return t\nprint(f())\n")
    log = str(tmp_path / "jit.log")
    r = jitdiff.run_fork(_prog(tmp_path, src), ("--jit", "on", "--jit-threshold", "1",
                                                "--jit-log", log))
    assert (r.status, r.stdout, r.stderr) == (0, "1498500\n", "")
    text = open(log).read()
    assert "<int of 16610 bits>" in text and "def loop1(" in text


def test_a_bridge_is_compiled_for_a_guard_that_fails_often(tmp_path):
    src = ("def f(n):\n    t = 0\n    for i in range(n):\n"
           "        if i % 2:\n            t += 1\n        else:\n            t -= 1\n"
           "    return t\nprint(f(3000))\n")
    r = jitdiff.run_fork(_prog(tmp_path, src), ("--jit", "on", "--jit-threshold", "50",
                                                "--jit-stats"))
    assert r.stdout == "0\n"
    assert re.search(r"bridges compiled\s+1\b", r.stderr), r.stderr



def test_a_loop_over_classes_made_anew_is_recorded_again():
    # each exec makes new classes: the loop's bridges test the classes of the run
    # before, one level of bridges per run; until 2026-12-05 the guards past the
    # nesting limit left the trace on (nearly) every iteration: this program's
    # ~67,000 iterations deopted 37,403 times (3 loops compiled); 5,378 now
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs",
                        "classes_made_anew_each_run.py")
    expected = subprocess.run([sys.executable, path], capture_output=True, text=True).stdout
    r = jitdiff.run_fork(path, ("--jit", "on", "--jit-stats"))
    assert r.stdout == expected, r.stderr
    deopts = int(re.search(r"deopts \(exits to the interpreter\)\s+(\d+)", r.stderr).group(1))
    loops = int(re.search(r"loops compiled\s+(\d+)", r.stderr).group(1))
    assert deopts < 15000, r.stderr
    assert loops >= 4, r.stderr         # (loops recorded again)
