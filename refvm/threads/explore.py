"""`python -m refvm --explore N [--sched pct|random|...] [--json] prog.py`.

Runs the program under N schedules, each in a forked child (a fresh VM; the
virtual clock, so sleeps cost no real time) that records its schedule, and
reports the distinct outcomes (stdout + exit status), most frequent first,
each with the schedule of the first run that gave it: written to a file and
passed to `--replay`, it reproduces that outcome.

Seeds: `--sched pct` / `pct:S:D` run seeds S, S+1, ... (S defaults to --seed,
D to 3); without an explicit step estimate, PCT's K is the largest step count
seen in the runs so far (10,000 before the first).  `random` / `random:S`
likewise.  Exit status: 0 when every schedule gave the same outcome, 1 when
they did not, 2 for bad usage.
"""
import json
import os
import signal
import sys
import tempfile
import time

from refvm.threads import policies

FLAGS = ("--dis", "--gc-stats", "--json")
DROPPED = ("--explore", "--json", "--timeout", "--sched", "--clock", "--record", "--seed")


def passthrough_options(argv, n_prog_args):
    """The options of argv (before the program) that every run keeps."""
    opts = argv[:len(argv) - n_prog_args - 1]
    kept = []
    i = 0
    while i < len(opts):
        a = opts[i]
        name = a.partition("=")[0]
        takes_value = a not in FLAGS and "=" not in a and a != "--"
        if name in DROPPED:
            i += 2 if takes_value else 1
            continue
        kept.append(a)
        if takes_value and i + 1 < len(opts):
            kept.append(opts[i + 1])
            i += 1
        i += 1
    return [a for a in kept if a != "--"]


class Plan(object):
    """The schedule spec of run i."""

    def __init__(self, spec, seed):
        parts = spec.split(":")
        self.kind = parts[0]
        nums = [int(p) for p in parts[1:]]
        self.seed = nums[0] if nums else seed
        self.depth = nums[1] if len(nums) > 1 else policies.PCT_DEFAULT_DEPTH
        self.steps = nums[2] if len(nums) > 2 else None
        self.max_steps = 0

    def spec(self, i):
        if self.kind == "rr":
            return "rr"
        if self.kind == "random":
            return "random:%d" % (self.seed + i)
        k = self.steps or (self.max_steps or policies.PCT_DEFAULT_STEPS)
        return "pct:%d:%d:%d" % (self.seed + i, self.depth, k)

    def describe(self):
        if self.kind == "pct":
            return "pct (depth %d)" % self.depth
        return self.kind


def run_one(child_argv, timeout, cwd=None):
    """Fork, run refvm.main(child_argv) with stdout/stderr captured (in directory
    `cwd` if given); returns (stdout, stderr, exit, timed_out)."""
    import refvm
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        rc = 70
        try:
            os.setpgid(0, 0)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            sys.stdout = os.fdopen(1, "w", closefd=False)
            sys.stderr = os.fdopen(2, "w", closefd=False)
            if cwd:
                os.chdir(cwd)
            rc = refvm.main(child_argv)
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(rc)
    end = time.monotonic() + timeout
    timed_out = False
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > end:
            timed_out = True
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(0.002)
    if os.WIFSIGNALED(status):
        code = -os.WTERMSIG(status)
    else:
        code = os.WEXITSTATUS(status)
    out.seek(0)
    err.seek(0)
    return (out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
            code, timed_out)


def explore(cfg, path, argv, n_prog_args=None):
    """Run path under cfg.explore schedules; print the report; exit status."""
    if n_prog_args is None:
        n_prog_args = _count_prog_args(argv, path)
    prog_args = argv[len(argv) - n_prog_args:] if n_prog_args else []
    keep = passthrough_options(argv, n_prog_args)
    spec = cfg.sched if _sched_given(argv) else "pct"     # exploring defaults to PCT
    plan = Plan(spec, cfg.seed)
    outcomes = {}
    order = []
    fd, sched_path = tempfile.mkstemp(prefix="refvm-sched-", suffix=".json")
    os.close(fd)
    try:
        for i in range(cfg.explore):
            run_spec = plan.spec(i)
            child = keep + ["--sched", run_spec, "--clock", "virtual", "--record", sched_path,
                            path] + prog_args
            if os.path.exists(sched_path):
                os.unlink(sched_path)
            stdout, stderr, code, timed_out = run_one(child, cfg.timeout)
            schedule = _read_schedule(sched_path)
            if schedule is not None:
                plan.max_steps = max(plan.max_steps, schedule.get("steps", 0))
            key = (stdout, code)
            o = outcomes.get(key)
            if o is None:
                o = outcomes[key] = {"stdout": stdout, "exit": code, "count": 0,
                                     "schedule": schedule, "sched": run_spec,
                                     "stderr": stderr, "timeout": timed_out}
                order.append(key)
            o["count"] += 1
    finally:
        if os.path.exists(sched_path):
            os.unlink(sched_path)
    ranked = sorted((outcomes[k] for k in order), key=lambda o: -o["count"])
    if cfg.record and ranked:
        rarest = ranked[-1]             # the least frequent (found last among equals)
        if rarest["schedule"] is not None:
            with open(cfg.record, "w") as fh:
                json.dump(rarest["schedule"], fh)
    if cfg.json:
        report = {"program": path, "runs": cfg.explore, "sched": plan.describe(),
                  "options": keep, "outcomes": ranked}
        sys.stdout.write(json.dumps(report) + "\n")
    else:
        _print_text(path, cfg, plan, ranked)
    sys.stdout.flush()
    return 0 if len(ranked) == 1 else 1


def _sched_given(argv):
    return any(a == "--sched" or a.startswith("--sched=") for a in argv)


def _count_prog_args(argv, path):
    # the program is the last occurrence of path that ends the options
    for i in range(len(argv) - 1, -1, -1):
        if argv[i] == path:
            return len(argv) - i - 1
    return 0


def _read_schedule(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def _print_text(path, cfg, plan, ranked):
    w = sys.stdout.write
    w("refvm: %d runs of %s under %s: %d distinct outcome%s\n"
      % (cfg.explore, path, plan.describe(), len(ranked), "" if len(ranked) == 1 else "s"))
    for n, o in enumerate(ranked, 1):
        out = o["stdout"]
        shown = repr(out if len(out) <= 60 else out[:57] + "...")
        w("  #%d  %4d run%s  exit %d%s  stdout %s  (first under %s)\n"
          % (n, o["count"], " " if o["count"] == 1 else "s", o["exit"],
             " (timeout)" if o["timeout"] else "", shown, o["sched"]))
    if len(ranked) > 1 and cfg.record:
        w("the rarest outcome's schedule is in %s: python -m refvm --replay %s %s\n"
          % (cfg.record, cfg.record, path))
