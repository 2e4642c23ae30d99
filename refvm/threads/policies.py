"""Scheduling policies: who runs next, and for how many instructions.

    rr                  round robin in thread-creation order, a switch every
                        switch interval (sys.setswitchinterval; 0.005 s is
                        100,000 instructions): deterministic, the default
    random:SEED         at every instruction boundary, a thread chosen
                        uniformly among the runnable ones (the "random walk")
    pct:SEED:DEPTH[:K]  probabilistic concurrency testing (Burckhardt et al.,
                        ASPLOS 2010): random distinct priorities, the highest
                        runnable thread runs; DEPTH-1 change points chosen
                        uniformly among the first K steps lower the running
                        thread's priority below every initial one.  Finds a
                        bug of depth d with probability >= 1/(n * K^(d-1)).
    replay              follows a recorded schedule (schedule.py)

A policy answers `pick(sched, cur, reason)` (the next thread; cur may be
blocked or done) and `budget(sched, t)` (instructions before asking again).
`on_start`/`on_wake`/`on_yield` return True to ask for a decision at the next
instruction boundary.
"""

from refvm.threads.scheduler import PREEMPT, ReplayDiverged, NEVER

PCT_DEFAULT_DEPTH = 3
PCT_DEFAULT_STEPS = 10000
# PCT runs the highest-priority thread without preemption; a thread spinning
# while others are runnable would starve them, so after this many steps in a
# row it goes below every other thread (a fairness rule, deterministic per seed).
PCT_STARVE_STEPS = 50000


def _rng(seed):
    import random           # (when a seeded policy is made, not at every VM start)
    return random.Random(seed)


class SpecError(ValueError):
    """A bad --sched value (one line, for the command line)."""


class Policy(object):
    name = "?"

    def budget(self, sched, t):
        return sched.interval_ticks()

    def on_start(self, sched, t):
        return False

    def on_wake(self, sched, t):
        return False

    def on_yield(self, sched, t):
        pass

    def spec(self):
        return self.name


class RoundRobin(Policy):
    name = "rr"

    def pick(self, sched, cur, reason):
        threads = sched.threads
        n = len(threads)
        for i in range(1, n + 1):
            t = threads[(cur.tid + i) % n]
            if t.status == "runnable":
                return t
        raise AssertionError("pick with no runnable thread")


class RandomWalk(Policy):
    name = "random"

    def __init__(self, seed):
        self.seed = seed
        self.rng = _rng(seed)

    def spec(self):
        return "random:%d" % self.seed

    def budget(self, sched, t):
        return 1

    def pick(self, sched, cur, reason):
        runnable = sched.runnable()
        if len(runnable) == 1:
            return runnable[0]
        return runnable[self.rng.randrange(len(runnable))]


class PCT(Policy):
    name = "pct"

    def __init__(self, seed, depth=PCT_DEFAULT_DEPTH, steps=PCT_DEFAULT_STEPS):
        self.seed = seed
        self.depth = depth
        self.steps = steps
        self.rng = _rng(seed)
        k = max(steps, depth)
        points = self.rng.sample(range(1, k + 1), depth - 1) if depth > 1 else []
        # the i-th change point (in the order drawn) gets priority depth-1-i... all
        # below the initial priorities, which are in (depth, depth+1)
        self.changes = sorted((p, float(depth - 1 - i)) for i, p in enumerate(points))
        self.low = 0.0                   # the next "below everyone" priority (fairness, yields)

    def spec(self):
        return "pct:%d:%d:%d" % (self.seed, self.depth, self.steps)

    def on_start(self, sched, t):
        t.priority = self.depth + self.rng.random()
        cur = sched.current
        return cur is not None and t.priority > cur.priority

    def on_wake(self, sched, t):
        return t.priority > sched.current.priority

    def on_yield(self, sched, t):
        self._demote(t)

    def _demote(self, t):
        self.low -= 1.0
        t.priority = self.low

    def budget(self, sched, t):
        b = PCT_STARVE_STEPS - (sched.steps - t.ran_from)
        if self.changes:
            b = min(b, self.changes[0][0] - sched.steps)
        return b

    def pick(self, sched, cur, reason):
        while self.changes and self.changes[0][0] <= sched.steps:
            _, prio = self.changes.pop(0)
            cur.priority = prio
        runnable = sched.runnable()
        if reason == PREEMPT and len(runnable) > 1 and \
                sched.steps - cur.ran_from >= PCT_STARVE_STEPS:
            self._demote(cur)
            cur.ran_from = sched.steps
        best = runnable[0]
        for t in runnable[1:]:
            if t.priority > best.priority:
                best = t
        return best


class Replay(Policy):
    """Follow recorded decisions: at step s run thread t; in between, the
    current thread goes on (a replay never preempts on its own)."""
    name = "replay"

    def __init__(self, decisions, source="replay"):
        self.decisions = decisions
        self.i = 0
        self.source = source

    def spec(self):
        return self.source

    def budget(self, sched, t):
        if self.i < len(self.decisions):
            return self.decisions[self.i][0] - sched.steps
        return NEVER

    def pick(self, sched, cur, reason):
        d = self.decisions
        if self.i < len(d) and d[self.i][0] == sched.steps:
            tid = d[self.i][1]
            self.i += 1
            if tid >= len(sched.threads) or sched.threads[tid].status != "runnable":
                raise ReplayDiverged("at step %d the schedule runs thread %d, which is not "
                                     "runnable" % (sched.steps, tid))
            return sched.threads[tid]
        if reason == PREEMPT and cur.status == "runnable":
            return cur
        want = "step %d" % d[self.i][0] if self.i < len(d) else "the end of the schedule"
        raise ReplayDiverged("thread %d blocked at step %d, the schedule's next decision is "
                             "at %s" % (cur.tid, sched.steps, want))


def parse_spec(text, default_seed=0):
    """A --sched value -> a Policy.  `random` and `pct` without a seed use
    default_seed (--seed)."""
    parts = text.split(":")
    kind = parts[0]
    try:
        nums = [int(p) for p in parts[1:]]
    except ValueError:
        raise SpecError("--sched %s: seed, depth and steps must be integers" % text)
    if any(n < 0 for n in nums):
        raise SpecError("--sched %s: numbers must not be negative" % text)
    if kind == "rr" and not nums:
        return RoundRobin()
    if kind == "random" and len(nums) <= 1:
        return RandomWalk(nums[0] if nums else default_seed)
    if kind == "pct" and len(nums) <= 3:
        seed = nums[0] if nums else default_seed
        depth = nums[1] if len(nums) > 1 else PCT_DEFAULT_DEPTH
        steps = nums[2] if len(nums) > 2 else PCT_DEFAULT_STEPS
        if depth < 1:
            raise SpecError("--sched %s: the depth must be at least 1" % text)
        if steps < 1:
            raise SpecError("--sched %s: the step estimate must be at least 1" % text)
        return PCT(seed, depth, steps)
    raise SpecError("--sched must be rr, random:SEED or pct:SEED:DEPTH[:STEPS], not %r" % text)
