"""The options a VM run carries (`python -m refvm --gc ... --jit ... prog.py`).

Every implementation-defined choice is a named option here; later issues (GIL,
GC, JIT) read them from `Config`.
"""


class Config(object):
    GC_MODES = ("refcount", "tracing", "none")
    JIT_MODES = ("on", "off")
    IDENTITY_POLICIES = ("cpython", "pypy")
    # `is`/id() of equal ints, floats, complex: see objects/space.py (identity)
    identity = "cpython"
    # threads (refvm/threads, docs/refvm.md "Threads and schedules"); sched is
    # rr | random:SEED | pct:SEED:DEPTH[:STEPS]
    preempt = "any"             # switch at any instruction, or only where CPython's eval breaker does
    clock = "real"              # time.sleep also waits in real time (virtual: it does not)
    switch_interval = None      # --switch-interval: sys.setswitchinterval's initial value
    record = None               # --record FILE: write the run's schedule
    replay = None               # --replay FILE: follow a recorded schedule
    replay_data = None
    explore = 0                 # --explore N: run N schedules, report distinct outcomes
    json = False                # --json: the --explore report as JSON
    timeout = 10.0              # --timeout: seconds per run of --explore
    on_abort = None             # set by the driver: end the run from any VM thread
    # the tracing JIT (refvm/jit, docs/refvm.md "Tracing JIT")
    jit_threshold = 1039        # --jit-threshold: backward jumps before a loop is traced (PyPy's)
    jit_stats = False           # --jit-stats: JIT figures on stderr at exit
    jit_log = None              # --jit-log FILE: each trace before/after optimization

    def __init__(self, gc="refcount", jit="on", sched="rr", seed=0, dis=False):
        self.gc = gc
        self.nursery = 1000000          # tracing: allocations between collections
        self.gc_stats = False           # --gc-stats: GC figures on stderr at exit
        self.jit = jit
        self.sched = sched
        self.seed = seed
        self.dis = dis

    def __repr__(self):
        return "Config(gc=%r, jit=%r, sched=%r, seed=%r, dis=%r)" % (
            self.gc, self.jit, self.sched, self.seed, self.dis)
