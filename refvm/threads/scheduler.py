"""The GIL as a scheduler: one baton, passed between VM threads at switch points.

Every VM thread runs on a host thread of its own (so that host code that
re-enters the VM -- operator dispatch, generators, class bodies -- can be
suspended in the middle, which one host thread could not do without
continuations), but a host thread runs VM code only while it holds the baton:
`_run(nxt)` releases nxt's host lock and blocks on its own.  Exactly one
thread runs at a time, and only the policy (policies.py) chooses who runs
next, so a run is a function of the program and the schedule, as it would be
on one host thread.

Switch points: when a thread's instruction budget is spent (preempt, called by
loop._sched_loop), when it blocks (a contended lock, join, sleep, a wait), and
when it ends.  Time is virtual: the clock is the number of instructions run by
all threads since the second thread started (TICKS_PER_SECOND of them per
second) plus the jumps taken when every thread sleeps; timed waits end at an
exact instruction count, so they replay exactly too.
"""
import sys
import _thread as _host     # (threading.py: ~1.3 ms at every start; its Lock is this one)
import time as _time

from refvm.interp import state as _state

TICKS_PER_SECOND = 20000000     # one instruction = 50 ns of virtual time
DEFAULT_INTERVAL_US = 5000      # sys.getswitchinterval() = 0.005, as CPython
THREAD_STACK = 16 * 1024 * 1024   # host stack of a non-main VM thread
THREAD_MAX_NEST = 500           # nested host-level run loops it allows
NEVER = 1 << 62

RUNNABLE = "runnable"
BLOCKED = "blocked"
DONE = "done"
FROZEN = "frozen"               # left behind when the program ended (daemon threads)

PREEMPT = "preempt"             # reasons a policy is asked to pick
BLOCK = "block"

_frozen = _host.allocate_lock()          # a thread that must never run again waits here
_frozen.acquire()


class ReplayDiverged(Exception):
    """The program did not follow the schedule being replayed."""


class VMThread(object):
    def __init__(self, sched, tid, st):
        self.sched = sched
        self.tid = tid                  # creation order: 0 is the main thread
        self.ident = tid + 1            # _thread.get_ident()
        self.st = st
        st.thread = self
        self.baton = _host.allocate_lock()       # released by whoever hands us the baton
        self.baton.acquire()
        self.status = RUNNABLE
        self.waiting = None             # what a blocked thread waits for (for reports)
        self.where = None               # the frame it waits in
        self.deadline = None            # virtual tick at which a timed wait ends
        self.real_deadline = None       # host monotonic time of the same moment
        self.timed_out = False
        self.priority = 0.0             # PCT
        self.sentinels = []             # host-level locks released when the thread ends
        self.function = None            # what start_new_thread runs (for reports)
        self.ran_from = 0               # steps when it last got the baton

    def __repr__(self):
        return "<VMThread %d %s>" % (self.tid, self.status)


class Scheduler(object):
    def __init__(self, policy, preempt="any", clock="real", recorder=None, abort=None):
        self.policy = policy
        self.preempt_anywhere = preempt == "any"
        self.real_clock = clock == "real"
        self.recorder = recorder        # schedule.Recording or None
        self.abort = abort              # abort(status, message): end the whole run
        self.interval_us = DEFAULT_INTERVAL_US
        self.threads = []
        self.current = None
        self.steps = 0                  # instructions run while threads existed (exact after _sync)
        self.granted = 0                # the budget given to the current thread
        self.offset = 0                 # virtual ticks added by clock jumps
        self.alive = 0
        self.modules = None             # the VM's sys.modules (to name threads in reports)

    # ------------------------------------------------------------------ set-up
    def adopt_main(self, st):
        """The main VM thread: it holds the baton from the start."""
        t = VMThread(self, 0, st)
        self.threads.append(t)
        self.current = t
        self.alive = 1
        self.policy.on_start(self, t)
        return t

    def interval_ticks(self):
        return max(1, self.interval_us * TICKS_PER_SECOND // 1000000)

    # ------------------------------------------------------------------ accounting
    def _sync(self):
        """Fold the instructions the current thread ran into self.steps."""
        st = self.current.st
        if st.breaker:
            self.steps += self.granted - st.budget
            self.granted = st.budget

    def now(self):
        """The virtual clock, in ticks (call after _sync)."""
        return self.steps + self.offset

    def seconds(self):
        self._sync()
        return float(self.now()) / TICKS_PER_SECOND

    # ------------------------------------------------------------------ threads
    def new_thread(self, st):
        """A new runnable VM thread (its host thread is started by the caller and
        waits for the baton in `wait_first_turn`)."""
        self._sync()
        t = VMThread(self, len(self.threads), st)
        self.threads.append(t)
        self.alive += 1
        if self.alive == 2:
            self._set_breaker(True)
        st.breaker = True
        st.budget = 0
        if self.policy.on_start(self, t):
            self.request_preempt()
        return t

    def _set_breaker(self, on):
        for t in self.threads:
            if t.status is not DONE:
                if on and not t.st.breaker:
                    t.st.budget = 0
                t.st.breaker = on
        if on:
            self.granted = 0
            self.current.st.budget = 0          # decide at the next instruction boundary

    def wait_first_turn(self, t):
        """On t's new host thread: wait until the scheduler first runs t."""
        t.baton.acquire()
        took_baton()

    def request_preempt(self):
        """Decide again at the next instruction boundary (a woken or new thread
        may outrank the current one)."""
        self._sync()
        st = self.current.st
        if st.breaker:
            self.granted -= st.budget
            st.budget = 0

    def freeze_others(self):
        """The program has ended: no other thread runs again (daemon threads are
        frozen where they are, as at CPython's exit)."""
        cur = self.current
        for t in self.threads:
            if t is not cur and t.status is not DONE:
                t.status = FROZEN
        self.alive = 1
        cur.st.breaker = False

    # ------------------------------------------------------------------ switch points
    def preempt(self, st):
        """The current thread's budget is spent (called from loop._sched_loop)."""
        if not st.breaker:
            # the only thread left, still in _sched_loop until its next frame
            # switch: nothing to decide (and no step is counted)
            st.budget = NEVER
            return
        self._sync()
        cur = self.current
        self._expire()
        nxt = self.policy.pick(self, cur, PREEMPT)
        self._run(nxt, nxt is not cur)

    def yield_now(self):
        """sleep(0): the thread stays runnable but offers the baton to others."""
        self._sync()
        cur = self.current
        self.policy.on_yield(self, cur)
        self._expire()
        nxt = self.policy.pick(self, cur, PREEMPT)
        self._run(nxt, nxt is not cur)

    def block(self, what, timeout=None):
        """Block the current thread until `wake` (True) or until `timeout` virtual
        seconds pass (False).  `what` says what it waits for, for reports."""
        self._sync()
        cur = self.current
        cur.status = BLOCKED
        cur.waiting = what
        cur.where = cur.st.frame
        cur.timed_out = False
        if timeout is not None:
            # at least one tick: a positive timeout always moves the clock on
            ticks = -int(-timeout * TICKS_PER_SECOND // 1)      # (math.ceil)
            cur.deadline = self.now() + (max(ticks, 1) if timeout > 0 else 0)
            cur.real_deadline = _time.monotonic() + timeout
        else:
            cur.deadline = None
        self._run(self._pick_after(cur), True)
        cur.waiting = None
        cur.where = None
        if cur.timed_out and self.real_clock:
            rest = cur.real_deadline - _time.monotonic()
            if rest > 0:
                _time.sleep(rest)
        return not cur.timed_out

    def wake(self, t):
        """Make blocked thread t runnable (a release, a set, a notify)."""
        if t.status is not BLOCKED:
            return False
        t.status = RUNNABLE
        t.deadline = None
        if self.policy.on_wake(self, t):
            self.request_preempt()
        return True

    def exit_current(self):
        """The current thread has ended: release its sentinels, pass the baton on."""
        self._sync()
        cur = self.current
        cur.status = DONE
        self.alive -= 1
        for release in cur.sentinels:
            release()
        cur.sentinels = []
        if self.alive == 1:
            self._set_breaker(False)
        self._run(self._pick_after(cur), True)

    # ------------------------------------------------------------------ choosing
    def runnable(self):
        return [t for t in self.threads if t.status is RUNNABLE]

    def _expire(self):
        """Timed waits whose deadline has come end now (timed out)."""
        now = self.now()
        for t in self.threads:
            if t.status is BLOCKED and t.deadline is not None and t.deadline <= now:
                t.status = RUNNABLE
                t.deadline = None
                t.timed_out = True

    def _pick_after(self, cur):
        """Who runs after cur blocked or ended: a runnable thread; if there is
        none, the clock jumps to the earliest deadline; if no thread waits with
        a timeout, every thread is blocked for ever: a deadlock."""
        while True:
            self._expire()
            if self.runnable():
                return self.policy.pick(self, cur, BLOCK)
            deadlines = [t.deadline for t in self.threads
                         if t.status is BLOCKED and t.deadline is not None]
            if not deadlines:
                self._deadlock()
            self.offset += min(deadlines) - self.now()

    def _run(self, nxt, decided):
        """Give nxt the baton with a fresh budget; wait for it back if we are not
        done.  Decisions (every pick but 'the current thread goes on') are
        recorded: they are what a replay follows."""
        cur = self.current
        if decided and self.recorder is not None:
            self.recorder.decide(self.steps, nxt.tid)
        if nxt is not cur or decided:
            nxt.ran_from = self.steps       # a new uninterrupted run starts (PCT fairness)
        budget = self.policy.budget(self, nxt)
        deadlines = [t.deadline for t in self.threads
                     if t.status is BLOCKED and t.deadline is not None]
        if deadlines:
            budget = min(budget, min(deadlines) - self.now())
        budget = max(1, budget)
        nxt.st.budget = budget
        self.granted = budget
        if nxt is cur:
            return
        self.current = nxt
        _state.state = nxt.st
        nxt.baton.release()
        if cur.status is not DONE:
            cur.baton.acquire()
            took_baton()

    # ------------------------------------------------------------------ deadlock
    def _deadlock(self):
        from refvm.threads.report import deadlock_report
        text = deadlock_report(self)
        self.abort(EXIT_DEADLOCK, text)
        _frozen.acquire()               # never returns: the run is over


EXIT_DEADLOCK = 4

SCHED = [None]                          # the scheduler of the current VM run


def current():
    return SCHED[0]


def took_baton():
    """This host thread runs VM code from now on: the GC's collector reacts to
    object deaths only on the host thread that runs VM code (refvm/gc,
    Collector.accepts), so it must follow the baton."""
    try:
        from refvm.gc import instances
    except ImportError:
        return
    c = instances.COLLECTOR[0]
    if c is not None:
        c.thread = _host.get_ident()


def host_thread(target, name, stack=THREAD_STACK):
    """A host thread with `stack` bytes of stack that the process does not wait
    for (a daemon thread).  A threading.Thread named `name` when the host
    program uses the threading module (a tool measuring refvm: coverage's and
    threading.settrace's hooks reach only those threads, bench._where finds
    the VM's thread by its name); a bare _thread otherwise (threading.py costs
    ~1.3 ms at every start)."""
    threading = sys.modules.get("threading")
    old = _host.stack_size()
    try:
        _host.stack_size(stack)
        if threading is None:
            _host.start_new_thread(target, ())
        else:
            t = threading.Thread(target=target, name=name)
            t.daemon = True
            t.start()
    finally:
        _host.stack_size(old)


def flush_host_streams():
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:
            pass
