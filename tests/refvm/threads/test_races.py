"""Racy programs: the schedulers find their bad interleavings, --explore shows
several outcomes, and every outcome's schedule replays exactly."""
import json
import os

import pytest

from threads_helpers import RACES, run_refvm

LOST = os.path.join(RACES, "lost_update.py")
LOCKED = os.path.join(RACES, "lost_update_locked.py")
CHECK_ACT = os.path.join(RACES, "check_then_act.py")
DEADLOCK = os.path.join(RACES, "deadlock_two_locks.py")
ORDER = os.path.join(RACES, "order_violation.py")


def first_bad_run(path, specs, good):
    for n, spec in enumerate(specs, 1):
        o = run_refvm(path, "--sched", spec, "--clock", "virtual")
        if (o.stdout, o.status) != (good, 0):
            return n, spec, o
    return None, None, None


def test_lost_update_is_found_within_200_pct_schedules():
    n, spec, o = first_bad_run(LOST, ["pct:%d:2:700" % s for s in range(200)], "100\n")
    assert n is not None, "no lost update in 200 PCT schedules"
    assert int(o.stdout) < 100 and o.status == 0


def test_lost_update_under_round_robin_with_a_tiny_switch_interval():
    o = run_refvm(LOST, "--sched", "rr", "--switch-interval", "1e-7")
    assert int(o.stdout) < 100


@pytest.mark.parametrize("sched", ["rr", "pct:%d:2:700", "random:%d"])
def test_the_locked_counter_never_splits(sched):
    for seed in range(8):
        spec = sched % seed if "%" in sched else sched
        o = run_refvm(LOCKED, "--sched", spec, "--clock", "virtual")
        assert (o.stdout, o.status) == ("100\n", 0), (spec, o)


def test_check_then_act_is_found():
    n, spec, o = first_bad_run(CHECK_ACT, ["pct:%d:2:300" % s for s in range(200)], "1\n")
    assert n is not None
    assert o.stdout == "2\n"


def test_order_violation_is_found_by_the_random_walk():
    n, spec, o = first_bad_run(ORDER, ["random:%d" % s for s in range(100)],
                               "worker saw db\n")
    assert n is not None
    assert o.stdout == "worker saw None\n"


def test_two_lock_deadlock_is_found_and_reported():
    n, spec, o = first_bad_run(DEADLOCK, ["pct:%d:2:300" % s for s in range(200)], "done\n")
    assert n is not None
    assert o.status == 4                    # refvm's documented deadlock status
    lines = o.stderr.splitlines()
    assert lines[0] == "refvm: deadlock: all 3 threads are blocked (exit status 4)"
    assert any(l.startswith("  MainThread (ident 1) waits in Thread.join() at File") and
               'deadlock_two_locks.py", line 18, in <module>' in l for l in lines), lines
    first = [l for l in lines if l.startswith("  first ")]
    second = [l for l in lines if l.startswith("  second ")]
    assert len(first) == len(second) == 1, lines
    assert "waits in lock.acquire()" in first[0] and "in one" in first[0]
    assert "waits in lock.acquire()" in second[0] and "in two" in second[0]


def test_a_lock_acquired_twice_by_one_thread_is_a_deadlock(tmp_path):
    p = tmp_path / "self_deadlock.py"
    p.write_text("import threading\nl = threading.Lock()\nl.acquire()\nprint('once')\n"
                 "l.acquire()\nprint('never')\n")
    o = run_refvm(str(p))
    assert o.stdout == "once\n"
    assert o.status == 4
    assert "MainThread (ident 1) waits in lock.acquire() at File" in o.stderr
    assert 'self_deadlock.py", line 5, in <module>' in o.stderr


def explore_json(path, n, sched):
    o = run_refvm(path, "--explore", str(n), "--sched", sched, "--json", timeout=300)
    assert o.status in (0, 1), o
    return json.loads(o.stdout), o.status


def test_explore_shows_several_outcomes_and_the_rarest_replays_exactly(tmp_path):
    report, status = explore_json(LOST, 12, "random")
    outcomes = report["outcomes"]
    assert len(outcomes) > 1 and status == 1
    assert sum(o["count"] for o in outcomes) == 12
    assert set(outcomes[0]) >= {"stdout", "exit", "count", "schedule"}
    rarest = outcomes[-1]                   # sorted by count: the rarest is last
    sched_file = tmp_path / "rare.json"
    sched_file.write_text(json.dumps(rarest["schedule"]))
    for _ in range(2):
        again = run_refvm(LOST, "--replay", str(sched_file))
        assert (again.stdout, again.status) == (rarest["stdout"], rarest["exit"])


def test_every_explored_outcome_replays_exactly_including_a_deadlock(tmp_path):
    report, _ = explore_json(DEADLOCK, 10, "pct:0:2:300")
    for o in report["outcomes"]:
        f = tmp_path / "s.json"
        f.write_text(json.dumps(o["schedule"]))
        again = run_refvm(DEADLOCK, "--replay", str(f))
        assert (again.stdout, again.status) == (o["stdout"], o["exit"])


def test_explore_of_a_race_free_program_has_one_outcome():
    report, status = explore_json(LOCKED, 6, "pct")
    assert [o["stdout"] for o in report["outcomes"]] == ["100\n"] and status == 0


def test_recording_then_replaying_gives_the_same_run(tmp_path):
    rec = tmp_path / "r.json"
    first = run_refvm(LOST, "--sched", "random:11", "--record", str(rec))
    data = json.loads(rec.read_text())
    assert data["refvm_schedule"] == 1 and data["sched"] == "random:11"
    assert data["decisions"] and all(len(d) == 2 for d in data["decisions"])
    again = run_refvm(LOST, "--replay", str(rec))
    assert (again.stdout, again.status) == (first.stdout, first.status)


def test_preempt_breaker_keeps_cpython_311s_atomic_looking_increments():
    # CPython 3.10+ switches only at backward jumps and calls: `n += 1` in a loop
    # never loses an update there; preempting at any instruction (PyPy-like) does
    case = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(RACES))), "..",
                        "conformance", "cases", "threads", "unlocked_counter_race.py")
    case = os.path.normpath(case)
    assert run_refvm(case, "--preempt", "breaker").stdout == "True\n"
    assert run_refvm(case, "--preempt", "any").stdout == "False\n"
