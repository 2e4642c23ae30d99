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

    def __init__(self, gc="refcount", jit="off", sched="rr", seed=0, dis=False):
        self.gc = gc
        self.jit = jit
        self.sched = sched
        self.seed = seed
        self.dis = dis

    def __repr__(self):
        return "Config(gc=%r, jit=%r, sched=%r, seed=%r, dis=%r)" % (
            self.gc, self.jit, self.sched, self.seed, self.dis)
