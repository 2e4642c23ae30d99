"""A recorded schedule: the decisions of one run, as JSON.

    {"refvm_schedule": 1, "sched": "pct:3:2:10000", "preempt": "any",
     "steps": 1234, "decisions": [[0, 1], [57, 0], ...]}

A decision [step, tid] says: when all threads together had run `step`
instructions (counted from the moment a second thread existed), thread `tid`
(0 = main, then in creation order) got the baton.  Only real decisions are
kept: a switch, or the choice made when a thread blocked or ended; between
two decisions the running thread goes on.  Replaying the decisions
reproduces the run exactly, provided the program itself is deterministic
apart from its schedule (no clocks, unseeded randomness or string-hash
order deciding what it does; refvm's str hashes follow PYTHONHASHSEED).
"""

FORMAT = 1


class ScheduleError(ValueError):
    """A schedule file that cannot be replayed (one line, for the command line)."""


class Recording(object):
    def __init__(self, sched_spec, preempt):
        self.sched_spec = sched_spec
        self.preempt = preempt
        self.decisions = []
        self.steps = 0

    def decide(self, step, tid):
        self.decisions.append([step, tid])

    def to_json(self):
        return {"refvm_schedule": FORMAT, "sched": self.sched_spec, "preempt": self.preempt,
                "steps": self.steps, "decisions": self.decisions}

    def save(self, path):
        with open(path, "w") as fh:
            import json
            json.dump(self.to_json(), fh, separators=(",", ":"))
            fh.write("\n")


def load(path):
    """(decisions, preempt, sched spec) from a schedule file."""
    try:
        with open(path) as fh:
            import json
            data = json.load(fh)
    except (OSError, ValueError) as e:
        raise ScheduleError("cannot read schedule %s: %s" % (path, e))
    return parse(data, path)


def parse(data, where="schedule"):
    if not isinstance(data, dict) or data.get("refvm_schedule") != FORMAT:
        raise ScheduleError("%s is not a refvm schedule (format %d)" % (where, FORMAT))
    decisions = data.get("decisions")
    ok = isinstance(decisions, list) and all(
        isinstance(d, list) and len(d) == 2 and all(isinstance(x, int) and x >= 0 for x in d)
        for d in decisions)
    if not ok or any(a[0] > b[0] for a, b in zip(decisions, decisions[1:])):
        raise ScheduleError("%s: decisions must be [step, thread] pairs in step order" % where)
    preempt = data.get("preempt", "any")
    if preempt not in ("any", "breaker"):
        raise ScheduleError("%s: preempt must be any or breaker" % where)
    return decisions, preempt, str(data.get("sched", "?"))
