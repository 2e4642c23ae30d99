"""What the driver calls: the thread options of the command line, setting up a
run's scheduler, waiting for threads at exit, saving the recorded schedule."""
import sys

from refvm.threads import scheduler as S
from refvm.threads import policies, schedule

# option -> (takes a value, what it must be)
OPTIONS = {
    "sched": True, "preempt": True, "switch-interval": True, "clock": True,
    "record": True, "replay": True, "explore": True, "timeout": True, "json": False,
}
PREEMPT_MODES = ("any", "breaker")
CLOCKS = ("real", "virtual")


class OptionError(ValueError):
    pass


def parse_option(cfg, name, value):
    """Check and store one thread option (value is None for --json)."""
    if name == "json":
        cfg.json = True
    elif name == "sched":
        if cfg_explore_kind(value) is None:
            policies.parse_spec(value, 0)       # raises SpecError
        cfg.sched = value
    elif name == "preempt":
        if value not in PREEMPT_MODES:
            raise OptionError("--preempt must be any or breaker")
        cfg.preempt = value
    elif name == "clock":
        if value not in CLOCKS:
            raise OptionError("--clock must be real or virtual")
        cfg.clock = value
    elif name == "switch-interval":
        try:
            v = float(value)
        except ValueError:
            v = -1.0
        if not v > 0:
            raise OptionError("--switch-interval must be a positive number of seconds")
        cfg.switch_interval = v
    elif name == "timeout":
        try:
            v = float(value)
        except ValueError:
            v = -1.0
        if not v > 0:
            raise OptionError("--timeout must be a positive number of seconds")
        cfg.timeout = v
    elif name == "explore":
        try:
            n = int(value)
        except ValueError:
            n = 0
        if n < 1:
            raise OptionError("--explore must be a positive number of runs")
        cfg.explore = n
    elif name == "record":
        cfg.record = value
    elif name == "replay":
        cfg.replay_data = schedule.load(value)      # raises ScheduleError
        cfg.replay = value


def cfg_explore_kind(spec):
    """`pct` and `random` without numbers are allowed (explore picks the seeds)."""
    return spec if spec in ("pct", "random") else None


def check(cfg):
    """Cross-option checks after the whole command line is read."""
    if getattr(cfg, "json", False) and not getattr(cfg, "explore", 0):
        raise OptionError("--json goes with --explore N")
    if getattr(cfg, "explore", 0) and getattr(cfg, "replay", None):
        raise OptionError("--explore and --replay cannot be combined")


def make_policy(cfg):
    replay = getattr(cfg, "replay_data", None)
    if replay is not None:
        decisions, preempt, _ = replay
        return policies.Replay([list(d) for d in decisions], "replay"), preempt
    return policies.parse_spec(cfg.sched, cfg.seed), getattr(cfg, "preempt", "any")


def _default_abort(status, message):
    import os
    S.flush_host_streams()
    sys.stderr.write(message)
    sys.stderr.flush()
    os._exit(status)


def install(cfg, main_state, modules):
    """A fresh scheduler for this run, with the main thread holding the baton."""
    policy, preempt = make_policy(cfg)
    recorder = schedule.Recording(policy.spec(), preempt) if getattr(cfg, "record", None) \
        else None
    abort = getattr(cfg, "on_abort", None) or _default_abort
    s = S.Scheduler(policy, preempt=preempt, clock=getattr(cfg, "clock", "real"),
                    recorder=recorder, abort=abort)
    if getattr(cfg, "switch_interval", None):
        s.interval_us = int(1e6 * cfg.switch_interval)
    s.modules = modules
    s.adopt_main(main_state)
    S.SCHED[0] = s
    return s


def shutdown_threads():
    """The main program has ended: wait for non-daemon threads as CPython's
    threading._shutdown does (only when the program imported threading), then
    freeze every other thread (daemon threads never run again)."""
    s = S.SCHED[0]
    if s is None:
        return
    w_threading = (s.modules or {}).get("threading")
    if w_threading is not None and s.alive > 1:
        from refvm.errors import VMError
        from refvm.objects import space
        w_shutdown = w_threading.w_dict.get("_shutdown")
        if w_shutdown is not None:
            try:
                space.call(w_shutdown, [])
            except VMError:
                pass
    s.freeze_others()


def save_record(cfg):
    s = S.SCHED[0]
    path = getattr(cfg, "record", None)
    if s is None or not path or s.recorder is None:
        return None
    s.recorder.steps = s.steps
    try:
        s.recorder.save(path)
    except OSError as e:
        return "refvm: cannot write schedule %s: %s\n" % (path, e)
    return None
