"""The trace IR: SSA values, operations, snapshots (the state an exit resumes).

A trace is a straight line of Ops over Values.  A Value is a host variable of
the compiled trace (`v12`), a constant, or a loop-header variable (`h_l3` for
local 3 of the loop's frame, `h_s0` for value-stack slot 0) that carries a value
from one iteration to the next.  Guards and operations that may raise carry a
Snapshot: per frame level, the code, pc, locals and value stack as Values, from
which deopt.py rebuilds the interpreter's frames exactly.
"""
from refvm.objects.model import NULL

# classes whose instances never have finalizers or hold other objects: a trace
# need not drop its references to them at the moment the interpreter would
ATOMIC = frozenset([int, float, bool, str, bytes, complex, type(None)])


class Value(object):
    __slots__ = ("name", "cls", "const", "isconst", "items", "header", "holds")

    def __init__(self, name, cls=None, const=NULL, isconst=False):
        self.name = name
        self.cls = cls            # known class (proven), or None
        self.const = const
        self.isconst = isconst
        self.items = None         # a virtual tuple's items (optimizer)
        self.holds = None         # Values a tuple holds (their liveness)
        self.header = None        # ("l", i) / ("s", j) for loop-header variables

    def __repr__(self):
        if self.isconst:
            return "Const(%s)" % _short(self.const)
        return self.name


def short_repr(w):
    """repr(w), but an int the host refuses to write out (over 4,300 digits:
    CPython 3.11's int_max_str_digits) is named by its size."""
    if w.__class__ is int and w.bit_length() > 4096:
        return "<int of %d bits>" % w.bit_length()
    return repr(w)


def _short(w):
    if w is NULL:
        return "NULL"
    if w.__class__ in (int, float, bool, str, type(None)):
        s = short_repr(w)
    else:
        s = "<%s%s>" % (w.__class__.__name__, (" " + getattr(w, "name", "")) if
                        isinstance(getattr(w, "name", None), str) else "")
    return s if len(s) <= 30 else s[:27] + "..."


def const(w):
    return Value(None, None if w is NULL else w.__class__, w, True)


NULLC = const(NULL)
ROOT = Value("f")         # the loop's own frame (always real)


class Level(object):
    """One frame of a snapshot."""
    __slots__ = ("code", "pc", "locals", "stack", "real", "func", "globals", "init", "held")

    def __init__(self, code, pc, locals_, stack, real, func, globals_, init=None, held=None):
        self.code = code
        self.pc = pc
        self.init = init            # a virtual __init__ frame's instance (its init_obj)
        self.held = held            # ... and the class call's arguments (its Frame.held)
        self.locals = locals_       # list of Values (None: "already in the real frame")
        self.stack = stack          # list of Values
        self.real = real            # "f" (the loop's frame), a Value holding a Frame, or None
        self.func = func            # Value of the called function (virtual levels)
        self.globals = globals_


class Snapshot(object):
    __slots__ = ("levels", "ticks", "index", "failures", "bridge", "no_bridge", "known_locals",
                 "simple_pc", "nest", "reload", "tries", "bridge_fn", "owner", "linked",
                 "bridge_go", "exit_fn", "__weakref__")

    def __init__(self, levels, ticks):
        self.levels = levels
        self.ticks = ticks          # instructions completed in this iteration
        self.index = -1             # exit number, set by the backend
        self.failures = 0
        self.bridge = None          # the bridge's Trace, once this guard has one
        self.bridge_fn = None       # ... and its compiled host function (backend.py)
        self.exit_fn = None         # a function making the exit (backend.exit_maker) ...
        self.bridge_go = None       # ... called instead of the bridge while it has none
        self.owner = None           # the Trace whose code has this exit
        self.linked = False         # its code calls snap.bridge_fn once it is set
        self.no_bridge = False
        self.tries = 0              # bridge recordings retried (hotloop.MAX_BRIDGE_TRIES)
        self.known_locals = None    # the loop frame's abstract locals (for a bridge)
        self.nest = 0               # bridges this exit is nested in
        self.reload = False         # the loop frame's locals must be read from the frame
                                    # (an inner loop's trace ran before this exit)
        self.simple_pc = -1         # the pc, when the exit is the loop's frame with only
                                    # its value stack to write back (set by the backend)

    def copy(self):
        """A Snapshot of the same state (what Lowerer.snapshot records), with
        exit attributes of its own.  The levels are shared: the optimizer
        renames their values in place, the same for both."""
        new = Snapshot(self.levels, self.ticks)
        new.known_locals = self.known_locals
        new.nest = self.nest
        new.reload = self.reload
        return new

    def refs(self):
        """Every Value an exit keeps alive (virtual tuples expanded)."""
        out = []
        todo = list(self.values())
        while todo:
            v = todo.pop()
            out.append(v)
            if v.items is not None:
                todo.extend(v.items)
        return out

    def values(self):
        out = []
        for lv in self.levels:
            if lv.locals is not None:
                out.extend(v for v in lv.locals if v is not None)
            if lv.stack is not None:
                out.extend(lv.stack)
            if lv.real is not None and lv.real is not ROOT:
                out.append(lv.real)
            if lv.func is not None:
                out.append(lv.func)
            if lv.init is not None:
                out.append(lv.init)
            if lv.held is not None:
                out.extend(lv.held)
        return out


class Op(object):
    """name: what it does; args: Values; res: the Value it defines (or None);
    descr: the op's parameters; snap: where a failing guard resumes; exc: the
    snapshot an exception raised by this op unwinds from (None: cannot raise);
    effects: may run VM code or write the heap (ends redundant-load knowledge)."""
    __slots__ = ("name", "args", "res", "descr", "snap", "exc", "effects")

    def __init__(self, name, args, res=None, descr=None, snap=None, exc=None, effects=False):
        self.name = name
        self.args = args
        self.res = res
        self.descr = descr
        self.snap = snap
        self.exc = exc
        self.effects = effects

    def is_guard(self):
        return self.name.startswith("guard_")

    def ends_step(self):
        """A generator step ends here: its yield (or return), or an inner loop
        run whose trace ends in the frame's yield (run_loop expecting pc -1)."""
        return self.name == "yield_value" or (self.name == "run_loop" and self.descr[2] < 0)

    def __repr__(self):
        d = "" if self.descr is None else " " + _descr(self.descr)
        r = "%s = " % self.res.name if self.res is not None else ""
        return "%s%s(%s)%s" % (r, self.name, ", ".join(repr(a) for a in self.args), d)


def _descr(d):
    if isinstance(d, tuple):
        return "[" + ", ".join(_descr(x) for x in d) + "]"
    if isinstance(d, type):
        return d.__name__
    if callable(d) and hasattr(d, "__name__"):
        return d.__name__
    return _short(d) if not isinstance(d, str) else d


class Trace(object):
    """A lowered trace: ops of one iteration, the loop-header variables."""

    def __init__(self, code, header):
        self.code = code            # the loop's code
        self.header = header        # the loop header's pc
        self.ops = []
        self.preamble = []          # guards hoisted out of the loop (optimizer)
        self.header_vars = []       # Values named h_*
        self.backedge = []          # (header Value, Value at the end of an iteration)
        self.length = 0             # instructions per iteration (ticks)
        self.max_level = 0
        self.steps = None
        self.entry_stack = 0
        self.kind = "loop"          # or "step": a generator's resumption to its next yield
        self.yields = False         # a loop's bridge that ends in its generator frame's yield
