"""Recorded instructions -> trace IR.

Each recorded Step is lowered from the instruction table: a superinstruction
is split into its parts by the compiler's own fusion table
(codegen.SUPERINSTRUCTIONS), and each part gets either a fast form (guards on
what the recording observed, then host operations on host-represented values:
int/float arithmetic, locals as host variables, instance attributes under a
type-version guard, calls inlined into virtual frames, ...) or, for everything
else, a `generic` op: a call of the table's own handler for the whole
instruction on a real frame whose value stack is written out just for it.
Nothing here re-implements a semantic the handlers own: a fast form exists
only where the handler's own fast path does exactly the host operation.

Lowering emits every guard naively; optimizer.py removes what is implied.
"""
import sys

from refvm.objects.model import NULL, W_Instance, W_Type, HOST2VM
from refvm.objects.module import W_Module, w_module
from refvm.objects.space import BINARY_OPS, COMPARE_OPS, HOST_ITERATORS, UNARY_OPS
from refvm.objects.functions import W_Function, W_BuiltinFunction, W_MethodDescr, W_Cell
from refvm.objects.generator import W_Generator
from refvm.objects.containers import w_range as _w_range
from refvm.interp.instructions import INSTRUCTIONS, OPCODES, BUILTINS
from refvm.interp.frame import Frame
from refvm.interp import instructions as _ins
from refvm.compiler.codegen import SUPERINSTRUCTIONS
from refvm.gc import instances as _gc_instances
from refvm.jit.ir import Value, Op, Level, Snapshot, Trace, const, NULLC, ATOMIC, ROOT

# fused name -> (first part, second part), from the compiler's table
FUSED = dict((v, k) for k, v in SUPERINSTRUCTIONS.items())

NUMBER = (int, float, bool)
_HOST_BUILTIN = type(len)
# (host class, method) -> (argument counts, classes allowed per argument (None:
# any), may raise): methods that run no VM code with such arguments
_KEY = (int, str, bool, type(None))
_STR = (str,)
HOST_METHODS = {
    (list, "append"): ((1,), (None,), False),
    (list, "pop"): ((0,), (), True),
    (dict, "get"): ((1, 2), (_KEY, None), False),
    (str, "startswith"): ((1,), (_STR,), False),
    (str, "endswith"): ((1,), (_STR,), False),
    (str, "strip"): ((0,), (), False),
    (str, "lower"): ((0,), (), False),
    (str, "upper"): ((0,), (), False),
    (str, "split"): ((0, 1), (_STR,), True),
    (str, "replace"): ((2,), (_STR, _STR), False),
    (str, "find"): ((1,), (_STR,), False),
}
INTLIKE = (int, bool)
RANGE_ITER = type(iter(range(0)))
LIST_ITER = type(iter([]))
TUPLE_ITER = type(iter(()))
SAFE_ITERS = (RANGE_ITER, LIST_ITER, TUPLE_ITER)     # next() never raises
SEQ_ITER = {list: LIST_ITER, tuple: TUPLE_ITER, range: RANGE_ITER}
LONG_LIVED = (W_Type, W_MethodDescr)
# host classes of user-class instances: W_Instance and the GC's subclasses of the
# same layout (refvm/gc/instances.py)
INSTANCE_CLASSES = frozenset([W_Instance] + [c for c in vars(_gc_instances).values()
                                             if isinstance(c, type) and issubclass(c, W_Instance)])


class Unsupported(Exception):
    """The recording cannot be lowered (the trace is aborted)."""


def decompose(name, arg):
    """[(part name, part arg)] of an instruction, recursively through fused pairs."""
    pair = FUSED.get(name)
    if pair is None:
        return [(name, arg)]
    a, b = arg
    return decompose(pair[0], a) + decompose(pair[1], b)


def local_indices(kind, arg):
    """The local-variable indices in an instruction's decoded argument, found
    from its argument kind in the table ("local", "jump+local", "local&name+jump")."""
    if kind is None:
        return []
    if kind == "local":
        return [arg]
    if "+" in kind:
        out = []
        for k, a in zip(kind.split("+"), arg):
            out.extend(local_indices(k.replace("&", "+"), a))
        return out
    return []


def binop_result(sym, ca, cb):
    """The class of `a <sym> b` for host numbers, None when it depends on values
    (or the fast form does not apply)."""
    if ca not in NUMBER or cb not in NUMBER:
        if ca is cb and sym == "+" and ca in (str, list, tuple):
            return ca
        return None
    both_int = ca in INTLIKE and cb in INTLIKE
    if sym in ("+", "-", "*", "//", "%"):
        return int if both_int else float
    if sym == "/":
        return float
    if sym in ("<<", ">>"):
        return int if both_int else None
    if sym in ("&", "|", "^"):
        if ca is bool and cb is bool:
            return bool
        return int if both_int else None
    return None         # ** may give a float, a complex; @, divmod: not specialized


RAISING = frozenset(["/", "//", "%", "<<", ">>", "**"])


class AFrame(object):
    """A frame as the lowering sees it: abstract locals and value stack."""

    def __init__(self, code, real, func, globals_, nlocals, locals_=None):
        self.code = code
        self.real = real            # "f" for the loop's frame, a Value, or None (virtual)
        self.func = func            # the called function's Value (virtual frames)
        self.globals = globals_
        self.locals = locals_ if locals_ is not None else [None] * nlocals
        self.stack = []
        self.init = False           # returns its init_obj (an __init__ fast path)
        self.init_value = None      # that instance, for a virtual frame (a Value)
        self.held = None            # ... and the class call's arguments (Values), which
                                    # the caller holds until __init__ returns (Frame.held)
        self.reload = False         # locals changed behind the trace: read them from the frame


class Lowerer(object):
    bridge = False
    yield_ok = False                # (lower_bridge: see there)
    cur = None                      # the Step being lowered
    nest = 0                        # bridges the trace being lowered is nested in
    breaker_due = False
    skip_rest = False

    def __init__(self, steps, root_code, header, root_globals, entry_stack):
        self.steps = steps
        self.trace = t = Trace(root_code, header)
        t.steps = steps
        t.entry_stack = entry_stack
        self.n = 0
        self.ops = t.ops
        self.seen = {}              # Value -> (class, info) observed by the recording
                                    # (recorder._observe: info the W_Type of an instance)
        self.refs = {}              # Value -> slots (locals, stack, holders) holding it
        self.offset = 0
        root = AFrame(root_code, ROOT, None, root_globals, root_code.nlocals)
        self.frames = [root]
        self.header_locals = {}
        for j in range(entry_stack):
            h = Value("h_s%d" % j)
            h.header = ("s", j)
            t.header_vars.append(h)
            self.push(h)

    # ------------------------------------------------------------ values and slots

    def new(self, cls=None):
        self.n += 1
        return Value("v%d" % self.n, cls)

    def hold(self, v):
        if not v.isconst:
            self.refs[v] = self.refs.get(v, 0) + 1

    def release(self, v):
        if v.isconst:
            return
        n = self.refs.get(v, 0) - 1
        self.refs[v] = n
        if n <= 0:
            del self.refs[v]
            if v.holds is not None:
                for it in v.holds:
                    self.release(it)
            self.ops.append(Op("kill", [v]))

    def push(self, v):
        self.frames[-1].stack.append(v)
        self.hold(v)

    def pop(self):
        # the caller releases the value once it has used it
        return self.frames[-1].stack.pop()

    def emit(self, name, args, res=None, descr=None, snap=None, exc=None, effects=False):
        op = Op(name, args, res, descr, snap, exc, effects)
        self.ops.append(op)
        return op

    def snapshot(self, pc, after=False, stack_in_frame=False):
        """The state a guard resumes at: pc of the innermost frame, ticks done."""
        levels = []
        for k, af in enumerate(self.frames):
            if k < len(self.frames) - 1:
                fpc = af.resume_pc
            else:
                fpc = pc
            locs = None if af.real is not None else list(af.locals)
            stack = None if (stack_in_frame and k == len(self.frames) - 1) else list(af.stack)
            levels.append(Level(af.code, fpc, locs, stack, af.real, af.func, af.globals,
                                af.init_value if af.real is None else None,
                                list(af.held) if af.real is None and af.held else None))
        snap = Snapshot(levels, self.offset + (1 if after else 0))
        snap.known_locals = list(self.frames[0].locals)
        snap.nest = self.nest
        snap.reload = self.frames[0].reload
        return snap

    def local(self, i):
        """The Value of local i of the current frame (loaded on first use)."""
        af = self.frames[-1]
        v = af.locals[i]
        if v is None:
            if af.real is ROOT:
                v = self.header_locals.get(i)
                if v is None and self.bridge or af.reload:
                    v = self.new()          # a bridge cannot add loop-header variables
                    self.emit("getlocal", [ROOT], v, i)
                elif v is None:
                    v = Value("h_l%d" % i)
                    v.header = ("l", i)
                    self.header_locals[i] = v
                    self.trace.header_vars.append(v)
            else:
                v = self.new()
                self.emit("getlocal", [af.real], v, i)
            s = self.cur
            if s is not None and i < len(s.locals) and not v.isconst:
                # the class the recording saw in the slot before this instruction
                self.seen.setdefault(v, s.locals[i])
            af.locals[i] = v
            self.hold(v)
        return v

    def set_local(self, i, v):
        af = self.frames[-1]
        old = af.locals[i]
        if af.real is not None:
            # written through: the frame's slot drops the old value itself
            self.emit("setlocal", [af.real, v], None, i)
        af.locals[i] = v
        self.hold(v)
        if old is not None:
            self.release(old)

    def cls(self, v):
        if v.cls is not None:
            return v.cls
        seen = self.seen.get(v)
        return seen[0] if seen is not None else None

    def guard_class(self, v, c, snap):
        self.emit("guard_class", [v], None, c, snap)

    # ------------------------------------------------------------ driving

    def lower(self):
        g = self.frames[0].globals
        if not self.bridge and g is not None:
            # A trace (a step, a body) is kept by code and pc, and specialized on
            # the globals its frame had: a frame of the same code with other
            # globals (a module's source exec'd twice, each `def` a function of
            # the same code) leaves at its entry, to the interpreter.  No bridge
            # from there: it would be lowered in these globals too.
            entry = self.snapshot(self.trace.header)
            entry.no_bridge = True
            self.emit("guard_globals", [ROOT], None, g, entry)
        for s in self.steps:
            self.step(s)
            self.offset += 1
        t = self.trace
        t.length = len(self.steps)
        t.max_value = self.n
        t.root_globals = self.frames[0].globals
        root = self.frames[0]
        last = next((op for op in reversed(t.ops) if op.name != "kill"), None)
        if t.kind == "step":
            if last is None or not last.ends_step():
                raise Unsupported("the generator step does not end in a yield")
            return t
        if self.yield_ok and last is not None and last.name == "yield_value":
            t.yields = True             # (a loop's bridge ending in its frame's yield)
            return t
        if len(self.frames) != 1 or len(root.stack) != t.entry_stack:
            raise Unsupported("the loop does not close on its own frame")
        for _j, h in enumerate(t.header_vars):
            kind, i = h.header
            v = root.stack[i] if kind == "s" else root.locals[i]
            if v is None and root.reload:
                v = self.new()              # written behind the trace: from the frame
                self.emit("getlocal", [ROOT], v, i)
            t.backedge.append((h, v if v is not None else h))
        return t

    def observe(self, s):
        af = self.frames[-1]
        if len(s.stack) != len(af.stack):
            raise Unsupported("value stack out of step at pc %d" % s.pc)
        for v, obs in zip(af.stack, s.stack):
            if not v.isconst:
                self.seen[v] = obs
        for i, v in enumerate(af.locals):
            if v is not None and not v.isconst and i < len(s.locals):
                self.seen[v] = s.locals[i]

    def step(self, s):
        if s.level != len(self.frames) - 1 or s.code is not self.frames[-1].code:
            raise Unsupported("frame out of step at pc %d" % s.pc)
        self.observe(s)
        self.cur = s
        af = self.frames[-1]
        af.resume_pc = s.pc + 1
        snap = self.snapshot(s.pc)
        parts = decompose(s.ins.name, s.arg)
        saved = (len(self.ops), [(list(a.locals), list(a.stack)) for a in self.frames],
                 dict(self.refs), dict(self.header_locals), list(self.trace.header_vars))
        ok = True
        self.breaker_due = False
        self.skip_rest = False
        for k, (name, arg) in enumerate(parts):
            fn = getattr(self, "op_" + name, None)
            if fn is None or not fn(arg, s, snap, k == len(parts) - 1):
                ok = False
                break
            if self.skip_rest:
                break                   # the part jumped: the parts after it never ran
        if ok and self.breaker_due:
            # VM code ran inside the instruction (a thread may have started): the
            # interpreter would look at the next jump or frame switch; leave here
            where = s.target if s.outcome == "jump" else s.pc + 1
            self.emit("guard_no_breaker", [], None, None, self.snapshot(where, after=True))
        if not ok:
            del self.ops[saved[0]:]
            for a, (locs, stk) in zip(self.frames, saved[1]):
                a.locals[:] = locs
                a.stack[:] = stk
            self.refs = saved[2]
            self.header_locals = saved[3]
            self.trace.header_vars[:] = saved[4]
            self.generic(s, snap)

    # ------------------------------------------------------------ the generic form

    def force(self):
        """Give a virtual frame a real Frame (generic handlers need one)."""
        af = self.frames[-1]
        if af.real is not None:
            return af.real
        fv = self.new(Frame)
        locs = [v if v is not None else NULLC for v in af.locals]
        self.emit("new_frame", locs + [af.func], fv, (af.code, af.globals))
        af.real = fv
        self.hold(fv)
        if af.init_value is not None:
            # an inlined __init__: the real frame returns its instance itself
            self.emit("setfield", [fv, af.init_value], None, "init_obj")
            self.release(af.init_value)
            af.init_value = None
        if af.held:
            # ... and the real frame holds the class call's arguments
            self.emit("set_held", [fv] + af.held)
            for hv in af.held:
                self.release(hv)
            af.held = None
        return fv

    def generic(self, s, snap):
        """Call the instruction's own handler on a real frame."""
        if s.ins.name == "RUN_LOOP":
            raise Unsupported("an inner loop's trace inside an inlined call")
        if s.outcome == "residual":
            raise Unsupported("a residual call the lowering cannot make")
        af = self.frames[-1]
        real = self.force()
        level = len(self.frames) - 1
        handler = s.code.instrs[s.pc][0]
        ins = s.ins
        # a handler reads the locals its argument names from the frame: locals
        # of a real frame are written through, so they are already there
        stack_in = list(af.stack)
        expect = (s.outcome, s.target, s.callee)
        exc = self.snapshot(s.pc + 1, stack_in_frame=True)
        exc.ticks = self.offset
        post = self.snapshot(s.pc + 1, after=True, stack_in_frame=True)
        n_after = s.depth_after
        outs = [self.new() for _ in range(n_after)]
        op = self.emit("generic", [real] + stack_in, None, (handler, s.arg, level, expect, outs,
                                                               ins.name), post, exc, True)
        af.stack[:] = []
        for v in outs:
            self.push(v)
        for v in stack_in:
            self.release(v)
        # the handler may have stored the locals its argument names (the table's
        # argument kind says which): read them again from the frame
        if s.outcome != "call":
            for i in local_indices(ins.argkind, s.arg):
                old = af.locals[i]
                v = self.new()
                self.emit("getlocal", [real], v, i)
                af.locals[i] = v
                self.hold(v)
                if old is not None:
                    self.release(old)
        if s.outcome == "jump":
            pass
        elif s.outcome == "call":
            self.enter_real(s, op)

    def enter_real(self, s, op):
        """A generic call handler returned a Frame: follow it (a real level)."""
        fv = self.new(Frame)
        op.res = fv
        callee = s.callee
        af = AFrame(callee, fv, None, None, callee.nlocals)
        af.init = s.init_obj
        af.globals_value = True
        self.frames.append(af)
        self.hold(fv)
        self.trace.max_level = max(self.trace.max_level, len(self.frames) - 1)
        g = getattr(s, "callee_globals", None)
        if g is not None:
            # the frame's globals, as recorded (the fast forms of LOAD_GLOBAL need them)
            af.resume_pc = 0
            self.emit("guard_globals", [fv], None, g, self.snapshot(0, after=True))
            af.globals = g

    # ------------------------------------------------------------ stack and locals

    def op_RUN_LOOP(self, arg, s, snap, last):
        """An inner loop's trace runs here (the recording ran it): the loop's
        frame gets its value stack, the inner trace runs to its end, and every
        local is read again from the frame (the inner loop wrote them through)."""
        if len(self.frames) != 1:
            return False
        af = self.frames[0]
        code, header, expected = arg
        stack_in = list(af.stack)
        # the trace lets go of the locals it holds before the inner loop runs:
        # the frame has them (written through), and a local the inner loop
        # overwrites must die there, as in the interpreter (until 2026-12-04 they
        # were let go of after it: a finalizer ran when the inner loop ended)
        for i, v in enumerate(af.locals):
            if v is not None:
                af.locals[i] = None
                self.release(v)
        af.reload = True
        if expected < 0 and self.trace.kind != "step":
            return False
        # (expected -1: its trace ends in the generator frame's yield, and so
        # does this generator step)
        outs = [self.new() for _ in range(s.depth_after)]
        self.emit("run_loop", [ROOT] + stack_in, None,
                  (code, header, expected, outs, self.offset), None, None, True)
        af.stack[:] = []
        for v in outs:
            self.push(v)
        for v in stack_in:
            self.release(v)
        return True

    def op_YIELD_VALUE(self, arg, s, snap, last):
        """The end of a generator step: the handler yields on the real frame
        (its value stack written out), and the step returns to the run loop."""
        if (self.trace.kind != "step" and not self.yield_ok) or len(self.frames) != 1 or \
                s.outcome != "yield":
            return False
        return self._leave_step(s, False)

    def _leave_step(self, s, returns):
        """A generator step ends: it yields the top of the stack, or (returns) the
        generator's frame returns it; the rest of the value stack is written out."""
        af = self.frames[0]
        stack_in = list(af.stack)
        self.emit("yield_value", [ROOT] + stack_in, None,
                  (s.pc + 1, self.offset + 1, returns), None, None, True)
        af.stack[:] = []
        for v in stack_in:
            self.release(v)
        return True

    def op_NOP(self, arg, s, snap, last):
        return True

    def op_POP_TOP(self, arg, s, snap, last):
        self.release(self.pop())
        return True

    def op_DUP_TOP(self, arg, s, snap, last):
        self.push(self.frames[-1].stack[-1])
        return True

    def op_DUP_TOP_TWO(self, arg, s, snap, last):
        a, b = self.frames[-1].stack[-2:]
        self.push(a)
        self.push(b)
        return True

    def op_ROT_TWO(self, arg, s, snap, last):
        st = self.frames[-1].stack
        st[-1], st[-2] = st[-2], st[-1]
        return True

    def op_ROT_THREE(self, arg, s, snap, last):
        st = self.frames[-1].stack
        st[-1], st[-2], st[-3] = st[-2], st[-3], st[-1]
        return True

    def op_LOAD_CONST(self, arg, s, snap, last):
        self.push(const(arg))
        return True

    def op_LOAD_FAST(self, arg, s, snap, last):
        v = self.local(arg)
        if v is NULLC:
            return False            # unbound: the handler raises
        self.emit("guard_nonnull", [v], None, None, snap)
        self.push(v)
        return True

    def op_LOAD_DEREF(self, idx, s, snap, last):
        """A free variable of an inlined call (its cells are the function's closure)."""
        af = self.frames[-1]
        if af.real is not None:
            # a real frame's cell (cells of the frame's own variables can be
            # rebound by the code: the contents are read each time)
            r = self.new()
            self.emit("getcell_frame", [af.real], r, idx)
            self.emit("guard_nonnull", [r], None, None, snap)
            self.push(r)
            return True
        if af.func is None or af.code.cellvars:
            return False
        r = self.new()
        self.emit("getcell", [af.func], r, idx)
        self.emit("guard_nonnull", [r], None, None, snap)
        self.push(r)
        return True

    def op_STORE_DEREF(self, idx, s, snap, last):
        """A cell of a real frame's: its contents replaced (what it held is let
        go of there, as by the handler)."""
        af = self.frames[-1]
        if af.real is None:
            return False
        v = self.pop()
        self.emit("setcell_frame", [af.real, v], None, idx, effects=True)
        self.release(v)
        return True

    def op_LOAD_CLOSURE(self, idx, s, snap, last):
        af = self.frames[-1]
        if af.real is None:
            return False
        r = self.new(W_Cell)
        self.emit("getcellobj_frame", [af.real], r, idx)
        self.push(r)
        return True

    def op_MAKE_FUNCTION(self, flags, s, snap, last):
        """A new function object, as the handler makes it (in the globals of the
        frame the code runs in)."""
        af = self.frames[-1]
        if af.real is None and af.globals is None:
            return False
        qualname = self.pop()
        code = self.pop()
        parts = []
        for bit in (8, 4, 2, 1):        # closure, annotations, kwdefaults, defaults
            parts.append(self.pop() if flags & bit else const(None))
        r = self.new(W_Function)
        g = af.real if af.real is not None else const(af.globals)
        self.emit("new_function", [g, code, qualname] + parts, r)
        for v in [qualname, code] + parts:
            self.release(v)
        self.push(r)
        return True

    def op_STORE_FAST(self, arg, s, snap, last):
        v = self.pop()
        self.set_local(arg, v)
        self.release(v)
        return True

    def op_LOAD_GLOBAL(self, name, s, snap, last):
        af = self.frames[-1]
        g = af.globals
        if g is None:
            return False
        w = g.get(name, NULL)
        builtin = w is NULL
        if builtin:
            w = BUILTINS.get(name, NULL)
            if w is NULL:
                return False
        c = w.__class__
        seen_c, seen = s.after         # (recorder._observe of what the instruction loaded)
        if seen_c is not c or (c is W_Function and seen is not w.code) or \
                (c in (W_Type, W_BuiltinFunction, W_MethodDescr) and seen is not w):
            # the recording loaded another value: the name was rebound after this
            # instruction ran (later in the recording, before this lowering)
            return False
        if c in ATOMIC or c in LONG_LIVED or (c is W_BuiltinFunction and w.w_self is None) or \
                c is W_Module:
            self.emit("guard_global", [], None, (g, name, w, builtin), snap)
            self.push(const(w))
            return True
        if builtin:
            return False
        return self._load_from(g, name, snap)

    def _load_from(self, g, name, snap):
        """The value of g[name] read where the trace runs (NULL: leave)."""
        v = self.new()
        self.emit("load_global", [], v, (g, name))
        self.emit("guard_nonnull", [v], None, None, snap)
        self.push(v)
        return True

    def _module_names(self, s, snap):
        """The names dict of the loop's frame when it runs module-level code
        (its names are its globals, as the recording saw: recorder.NAME_OPS),
        under a guard on the frame's names dict (hoisted: a frame keeps it);
        None otherwise (a class body, exec with other locals, an inlined frame)."""
        g = self.frames[-1].globals
        if len(self.frames) != 1 or g is None or getattr(s, "callee_globals", None) is not g:
            return None
        self.emit("guard_names", [ROOT], None, g, snap)
        return g

    def op_LOAD_NAME(self, name, s, snap, last):
        """A module-level name: its globals' entry (a loop's own variables are
        module globals there, rebound at every iteration: read each time, not a
        constant under a guard as LOAD_GLOBAL's), or a builtin as LOAD_GLOBAL
        takes it."""
        g = self._module_names(s, snap)
        if g is None:
            return False
        w = g.get(name, NULL)
        if w is NULL:
            return self.op_LOAD_GLOBAL(name, s, snap, last)
        c = w.__class__
        if c in LONG_LIVED or (c is W_BuiltinFunction and w.w_self is None) or c is W_Module:
            seen_c, seen = s.after
            if seen_c is not c or (c is not W_Module and seen is not w):
                return False            # (rebound later in the recording)
            self.emit("guard_global", [], None, (g, name, w, False), snap)
            self.push(const(w))
            return True
        return self._load_from(g, name, snap)

    def op_STORE_NAME(self, name, s, snap, last):
        """A module-level name bound: its globals' entry set (the value it held
        dies there, as in the handler: effects)."""
        g = self._module_names(s, snap)
        if g is None or not last:
            return False
        x = self.pop()
        exc = self.snapshot(s.pc + 1)
        exc.ticks = self.offset
        op = self.emit("setitem", [const(g), const(name), x], None, None, None, exc, effects=True)
        self.release(x)
        op.snap = self.snapshot(s.pc + 1, after=True)
        return True

    # ------------------------------------------------------------ operators

    def _binary(self, idx, s, snap, inplace):
        st = self.frames[-1].stack
        a, b = st[-2], st[-1]
        ca, cb = self.cls(a), self.cls(b)
        sym = BINARY_OPS[idx][0]
        rc = binop_result(sym, ca, cb)
        pow_ok = sym == "**" and ca in NUMBER and cb in NUMBER
        if rc is None and not pow_ok:
            return False
        self.guard_class(a, ca, snap)
        self.guard_class(b, cb, snap)
        self.pop()
        self.pop()
        r = self.new(rc)
        exc = None
        if sym in RAISING:
            exc = self.snapshot(s.pc + 1)
            exc.ticks = self.offset
        self.emit("binop", [a, b], r, sym, None, exc)
        self.release(a)
        self.release(b)
        self.push(r)
        return True

    def op_BINARY_OP(self, idx, s, snap, last):
        if BINARY_OPS[idx][0] == "%":
            st = self.frames[-1].stack
            ca, cb = self.cls(st[-2]), self.cls(st[-1])
            if ca is str and cb in (int, str, float):
                return self._str_format(st[-2], st[-1], cb, snap)
        return self._binary(idx, s, snap, False)

    def _str_format(self, a, b, cb, snap):
        """`str % int|str|float`: the host's formatting gives what the handler
        gives; if it raises, the trace leaves before the instruction and the
        handler raises its own error."""
        self.guard_class(a, str, snap)
        self.guard_class(b, cb, snap)
        self.pop()
        self.pop()
        r = self.new(str)
        self.emit("str_format", [a, b], r, None, snap)
        self.release(a)
        self.release(b)
        self.push(r)
        return True

    def op_INPLACE_OP(self, idx, s, snap, last):
        return self._binary(idx, s, snap, True)

    def op_COMPARE_OP(self, idx, s, snap, last):
        st = self.frames[-1].stack
        a, b = st[-2], st[-1]
        ca, cb = self.cls(a), self.cls(b)
        if not ((ca in NUMBER and cb in NUMBER) or (ca is str and cb is str)):
            return False
        self.guard_class(a, ca, snap)
        self.guard_class(b, cb, snap)
        self.pop()
        self.pop()
        r = self.new(bool)
        self.emit("compare", [a, b], r, COMPARE_OPS[idx][0])
        self.release(a)
        self.release(b)
        self.push(r)
        return True

    def op_UNARY_OP(self, idx, s, snap, last):
        v = self.frames[-1].stack[-1]
        c = self.cls(v)
        sym = UNARY_OPS[idx][0]
        if c not in NUMBER or (sym == "~" and c is float):
            return False
        self.guard_class(v, c, snap)
        self.pop()
        r = self.new(int if c is bool else c)
        self.emit("unary", [v], r, sym)
        self.release(v)
        self.push(r)
        return True

    def op_UNARY_NOT(self, arg, s, snap, last):
        v = self.frames[-1].stack[-1]
        c = self.cls(v)
        if c not in NUMBER and c is not type(None):
            return False
        self.guard_class(v, c, snap)
        self.pop()
        r = self.new(bool)
        self.emit("not", [v], r)
        self.release(v)
        self.push(r)
        return True

    # ------------------------------------------------------------ jumps

    def op_JUMP(self, target, s, snap, last):
        return True

    def _branch(self, v, jump_if, target, s, snap, pop_always):
        """Guard the recorded direction of a conditional jump on v's truth."""
        c = self.cls(v)
        if c is None:
            c = bool        # a value made inside a fused instruction: speculate a bool
        if c not in NUMBER and c is not type(None):
            return False
        self.guard_class(v, c, snap)
        taken = s.outcome == "jump" and s.target == target
        truth = jump_if if taken else not jump_if
        other = (s.pc + 1) if taken else target
        self.pop()
        post = self.snapshot(other, after=True)
        if not pop_always and not taken:
            post.levels[-1].stack.append(v)     # the other way keeps the value
        self.emit("guard_true" if truth else "guard_false", [v], None, None, post)
        if not pop_always and taken:
            self.frames[-1].stack.append(v)     # *_OR_POP keeps the value when it jumps
        else:
            self.release(v)
        return True

    def op_POP_JUMP_IF_FALSE(self, target, s, snap, last):
        return last and self._branch(self.frames[-1].stack[-1], False, target, s, snap, True)

    def op_POP_JUMP_IF_TRUE(self, target, s, snap, last):
        return last and self._branch(self.frames[-1].stack[-1], True, target, s, snap, True)

    def op_JUMP_IF_FALSE_OR_POP(self, target, s, snap, last):
        return last and self._branch(self.frames[-1].stack[-1], False, target, s, snap, False)

    def op_JUMP_IF_TRUE_OR_POP(self, target, s, snap, last):
        return last and self._branch(self.frames[-1].stack[-1], True, target, s, snap, False)

    def _none_branch(self, target, s, snap, jump_if_none):
        v = self.frames[-1].stack[-1]
        taken = s.outcome == "jump" and s.target == target
        is_none = jump_if_none == taken
        other = (s.pc + 1) if taken else target
        self.pop()
        post = self.snapshot(other, after=True)
        self.emit("guard_is" if is_none else "guard_is_not", [v], None, None, post)
        self.release(v)
        return True

    def op_POP_JUMP_IF_NONE(self, target, s, snap, last):
        return last and self._none_branch(target, s, snap, True)

    def op_POP_JUMP_IF_NOT_NONE(self, target, s, snap, last):
        return last and self._none_branch(target, s, snap, False)

    # ------------------------------------------------------------ iteration

    def op_GET_ITER(self, arg, s, snap, last):
        v = self.frames[-1].stack[-1]
        c = self.cls(v)
        if c is W_Generator:
            # a generator is its own iterator (generator.__iter__, of a built-in
            # type: it cannot change)
            self.guard_class(v, c, snap)
            return True
        itc = SEQ_ITER.get(c)
        if itc is None:
            return False
        self.guard_class(v, c, snap)
        self.pop()
        r = self.new(itc)
        self.emit("iter", [v], r)
        self.release(v)
        self.push(r)
        return True

    def op_FOR_ITER(self, target, s, snap, last):
        """next() of a host iterator, or the resumption of a VM generator (which
        may run its compiled step; VM code runs, so a thread may start), as an
        operation; the recorded outcome (a value, or exhausted) as a guard."""
        it = self.frames[-1].stack[-1]
        c = self.cls(it)
        gen = c is W_Generator
        if not gen and c not in HOST_ITERATORS:
            return False
        exhausted = s.outcome == "jump" and s.target == target
        store = None
        in_root = self.frames[-1].real is ROOT
        if exhausted and not last:
            # the other way (a value) would resume inside the fused instruction;
            # FOR_ITER_STORE_FAST in a virtual frame resumes after it instead, the
            # value in the local it stores (a frame's locals are the snapshot's;
            # in the loop's own frame the exit stores it: guard_isnull's descr)
            if s.ins.name != "FOR_ITER_STORE_FAST" or \
                    (self.frames[-1].real is not None and not in_root):
                return False
            store = s.arg[1]
        self.guard_class(it, c, snap)
        r = self.new(int if c is RANGE_ITER else None)
        exc = None
        if c not in SAFE_ITERS:
            exc = self.snapshot(s.pc + 1)
            exc.ticks = self.offset
        # (gen_next: where the generator's frame resumed when recorded, the step
        # the backend may splice in)
        where = s.stack[-1][1] if gen and s.stack else None
        self.emit("gen_next" if gen else "next", [it], r, where, None, exc, effects=gen)
        self.breaker_due = gen          # checked when the whole instruction is done
        self.pop()
        if exhausted:
            post = self.snapshot(s.pc + 1, after=True)
            stores = None                   # the loop frame's local the exit writes
            if store is None:
                post.levels[-1].stack.extend([it, r])
            else:
                post.levels[-1].stack.append(it)
                if in_root:
                    stores = store
                    post.known_locals[store] = r
                else:
                    post.levels[-1].locals[store] = r
                self.skip_rest = True       # the STORE_FAST part did not run
            self.emit("guard_isnull", [r], None, stores, post)
            self.release(it)
        else:
            post = self.snapshot(target, after=True)
            # back where it was, its hold kept (a push would hold it once more:
            # never released, so never let go of; a generator a loop left by
            # `break` was closed when the trace ended instead of at the break;
            # programs/generators_left_by_break.py)
            self.frames[-1].stack.append(it)
            self.emit("guard_nonnull", [r], None, None, post)
            self.push(r)
        return True

    # ------------------------------------------------------------ attributes

    def _instance_type(self, v, s):
        """The W_Type of an instance receiver as observed, if the fast forms apply.
        (By value, not by stack position: inside a fused instruction the stack
        has moved since the observation, INPLACE_STORE_ATTR's receiver is under
        the result.)"""
        if self.cls(v) not in INSTANCE_CLASSES:
            return None
        t = self.seen.get(v, (None, None))[1]
        return t if t.__class__ is W_Type else None

    def _guard_instance(self, v, t, snap):
        self.guard_class(v, self.cls(v), snap)
        self.emit("guard_type", [v], None, t, snap)
        self.emit("guard_version", [], None, (t, t.version), snap)

    def _module_attr(self, v, name, snap):
        """A module's attribute (`math.sqrt`) as a constant under a guard on the
        module's dict (as a global is), or None when that does not apply."""
        w = v.const if v.isconst else None
        if w is None or w.__class__ is not W_Module or w.w_type is not w_module or \
                w_module.lookup(name) is not NULL or w.w_dict.__class__ is not dict:
            return None
        w_v = w.w_dict.get(name, NULL)
        if w_v is NULL:
            return None
        self.emit("guard_global", [], None, (w.w_dict, name, w_v, False), snap)
        return const(w_v)

    def op_LOAD_ATTR(self, name, s, snap, last):
        v = self.frames[-1].stack[-1]
        r = self._module_attr(v, name, snap)
        if r is not None:
            self.pop()
            self.release(v)
            self.push(r)
            return True
        t = self._instance_type(v, s)
        if t is None or not (t.plain_attrs or t.plain_attribute_access()) or \
                not t.instance_dict or t.lookup(name) is not NULL:
            return False
        self._guard_instance(v, t, snap)
        self.pop()
        r = self.new()
        self.emit("getattr_dict", [v], r, name)
        self.emit("guard_nonnull", [r], None, None, snap)
        self.release(v)
        self.push(r)
        return True

    def op_STORE_ATTR(self, name, s, snap, last):
        st = self.frames[-1].stack
        v, x = st[-1], st[-2]
        t = self._instance_type(v, s)
        if t is None or not (t.plain_attrs or t.plain_attribute_access()) or \
                not t.instance_dict or t.lookup(name) is not NULL:
            return False
        self._guard_instance(v, t, snap)
        self.pop()
        self.pop()
        self.emit("setattr_dict", [v, x], None, name, effects=False)
        self.release(v)
        self.release(x)
        return True

    def op_LOAD_METHOD(self, name, s, snap, last):
        v = self.frames[-1].stack[-1]
        r = self._module_attr(v, name, snap)
        if r is not None:
            self.pop()
            self.push(NULLC)
            self.push(r)
            return True
        c = self.cls(v)
        if c in INSTANCE_CLASSES:
            t = self._instance_type(v, s)
            if t is None:
                return False
        else:
            t = HOST2VM.get(c)
            if t is None or c not in (list, dict, str, set, tuple, bytes, int, float):
                return False
        if t.lookup("__getattribute__") is not _ins.OBJECT_GETATTRIBUTE:
            return False
        w_d = t.lookup(name)
        if w_d.__class__ is not W_Function and w_d.__class__ is not W_MethodDescr:
            return False
        if c in INSTANCE_CLASSES:
            self._guard_instance(v, t, snap)
            if t.instance_dict:
                self.emit("guard_not_in_dict", [v], None, name, snap)
        else:
            self.guard_class(v, c, snap)
            if w_d.__class__ is W_Function:
                return False
        self.pop()
        self.push(const(w_d))
        self.push(v)
        self.release(v)
        return True

    # ------------------------------------------------------------ items

    def op_BINARY_SUBSCR(self, arg, s, snap, last):
        st = self.frames[-1].stack
        a, k = st[-2], st[-1]
        ca, ck = self.cls(a), self.cls(k)
        if not ((ca in (list, tuple, str) and (ck in INTLIKE or ck is slice)) or
                (ca is dict and ck in (int, str))):
            return False
        self.guard_class(a, ca, snap)
        self.guard_class(k, ck, snap)
        self.pop()
        self.pop()
        # (a str's item is a str; a slice of an exact list or tuple is one too)
        r = self.new(ca if ca is str or ck is slice else None)
        exc = self.snapshot(s.pc + 1)
        exc.ticks = self.offset
        op = self.emit("getitem", [a, k], r, None, None, exc, effects=ca is dict)
        self.release(a)
        self.release(k)
        self.push(r)
        if ca is dict:
            if not last:
                return False
            op.snap = self.snapshot(s.pc + 1, after=True)
        return True

    def op_STORE_SUBSCR(self, arg, s, snap, last):
        st = self.frames[-1].stack
        x, a, k = st[-3], st[-2], st[-1]
        ca, ck = self.cls(a), self.cls(k)
        cx = self.cls(x)
        if not ((ca is list and ck in INTLIKE) or (ca is dict and ck in (int, str)) or
                (ca is list and ck is slice and cx in (list, tuple))):
            return False
        self.guard_class(a, ca, snap)
        self.guard_class(k, ck, snap)
        if ck is slice:
            self.guard_class(x, cx, snap)       # a host sequence: no VM code runs
        self.pop()
        self.pop()
        self.pop()
        exc = self.snapshot(s.pc + 1)
        exc.ticks = self.offset
        op = self.emit("setitem", [a, k, x], None, None, None, exc, effects=ca is dict)
        self.release(a)
        self.release(k)
        self.release(x)
        if ca is dict:
            if not last:
                return False
            op.snap = self.snapshot(s.pc + 1, after=True)
        return True

    def op_BUILD_TUPLE(self, n, s, snap, last):
        return self._build(n, tuple)

    def op_BUILD_LIST(self, n, s, snap, last):
        return self._build(n, list)

    def op_BUILD_SET(self, n, s, snap, last):
        # (an empty one only: adding items hashes them, which may run VM code;
        # a set comprehension's start, which otherwise kept its frame real)
        if n:
            return False
        return self._build(0, set)

    def op_BUILD_SLICE(self, n, s, snap, last):
        return self._build(n, slice)

    def _build(self, n, c):
        af = self.frames[-1]
        items = af.stack[len(af.stack) - n:] if n else []
        for _ in range(n):
            self.pop()
        r = self.new(c)
        self.emit("new_" + c.__name__, list(items), r)
        if c is tuple or c is slice:
            r.holds = list(items)       # the tuple holds its items (liveness)
            for it in items:
                self.hold(it)
        for it in items:
            self.release(it)
        self.push(r)
        return True

    def op_UNPACK_SEQUENCE(self, n, s, snap, last):
        v = self.frames[-1].stack[-1]
        c = self.cls(v)
        if c is not tuple and c is not list:
            return False
        self.guard_class(v, c, snap)
        self.emit("guard_len", [v], None, n, snap)
        self.pop()
        outs = [self.new() for _ in range(n)]
        self.emit("unpack", [v], None, outs)
        for r in reversed(outs):
            self.push(r)
        self.release(v)
        return True

    # ------------------------------------------------------------ calls

    def _inline(self, fv, args, s, snap):
        """Enter a virtual frame for a fast-call VM function (recorded as called)."""
        code = s.callee
        self.emit("guard_code", [fv], None, code, snap)
        if fv.isconst:
            g = fv.const.w_globals
        else:
            g = self.callee_globals(s)
            self.emit("guard_globals", [fv], None, g, snap)
        for a in args:
            self.hold(a)
        locs = list(args) + [NULLC] * (code.nlocals - len(args))
        af = AFrame(code, None, fv, g, code.nlocals, locs)
        self.hold(fv)
        self.frames.append(af)
        self.trace.max_level = max(self.trace.max_level, len(self.frames) - 1)
        return True

    def callee_globals(self, s):
        return s.callee_globals

    def _callable_code(self, v, s, idx):
        c, info = s.stack[idx] if -len(s.stack) <= idx < len(s.stack) else (None, None)
        if c is W_Function:
            return info
        return None

    def op_CALL_FUNCTION(self, n, s, snap, last):
        if not last:
            return False
        st = self.frames[-1].stack
        return self._call(st[-n - 1], st[len(st) - n:] if n else [], n + 1, s, snap)

    def _call(self, fv, args, npop, s, snap):
        """A positional call of fv: the top npop values of the stack are fv and
        args (and under them a NULL of LOAD_METHOD's, for CALL_METHOD)."""
        n = len(args)
        if s.outcome == "residual":
            return self._residual(fv, args, npop, s, snap)
        if s.outcome == "call" and not s.init_obj:
            code = s.callee
            if not (code.fast_call and n == code.argcount and self._callable_code(fv, s, -n - 1)
                    is code):
                return False
            self.guard_class(fv, W_Function, snap)
            for _ in range(npop):
                self.pop()
            self._inline(fv, args, s, snap)
            for a in args:
                self.release(a)
            self.release(fv)
            return True
        c = self.cls(fv)
        if s.outcome == "call" and s.init_obj:
            return self._construct(fv, args, npop, s, snap)
        if fv.isconst and fv.const is _w_range and 1 <= n <= 3 and \
                all(self.cls(a) in INTLIKE for a in args):
            # range(ints): range.__new__ makes the host range of the same ints; if
            # the host raises, the trace leaves before the call
            for a in args:
                self.guard_class(a, self.cls(a), snap)
            for _ in range(npop):
                self.pop()
            r = self.new(range)
            self.emit("new_range", list(args), r, None, snap)
            for a in args:
                self.release(a)
            self.push(r)
            return True
        host_math = sys.modules.get("math")    # (imported by the VM's math module)
        if fv.isconst and c is W_BuiltinFunction and fv.const.fn.__class__ is _HOST_BUILTIN and \
                host_math is not None and getattr(fv.const.fn, "__self__", None) is host_math and \
                fv.const.w_self is None and all(self.cls(a) in NUMBER for a in args):
            # a math function on numbers: the host's own, called directly (pure:
            # if it raises, the trace leaves before the call and the interpreter
            # raises the VM's error)
            for a in args:
                self.guard_class(a, self.cls(a), snap)
            for _ in range(npop):
                self.pop()
            # (what it returns is a float whenever it returns, for most of them)
            r = self.new(float if fv.const.fn.__name__ in MATH_FLOAT else None)
            self.emit("call_pure", list(args), r, fv.const.fn, snap)
            for a in args:
                self.release(a)
            self.push(r)
            return True
        if fv.isconst and n == 1 and self._host_copy_or_len(fv.const, args[0], npop, snap):
            return True
        if fv.isconst and c in (W_BuiltinFunction, W_MethodDescr) and \
                getattr(fv.const, "w_self", None) is None:
            # (a method descriptor called as itself checks its first argument's
            # type, W_MethodDescr.call_unbound, as the handler's call does)
            return self._call_builtin(fv, args, npop, s,
                                      "call_unbound" if c is W_MethodDescr else "call_builtin")
        if fv.isconst and c is W_Type and fv.const in _builtin_types():
            collect = _host_calls()["collect"]
            if n == 1 and self.cls(args[0]) is W_Generator and fv.const in collect:
                # set(g), list(g), tuple(g), frozenset(g) of a generator: what the
                # type's __new__ and __init__ end in, the host collection of
                # space.unpack_iterable(g) (which drains g), without type_call
                self.guard_class(args[0], W_Generator, snap)
                return self._call_builtin(fv, args, npop, s, "collect", collect[fv.const])
            # a built-in type (its attributes cannot change): the handler's own
            # call of it, type_call, without the handler (set(g), list(x), ...)
            return self._call_builtin(fv, args, npop, s, "call_type")
        code = self._callable_code(fv, s, -n - 1)
        if code is not None and code.is_generator and code.simple_args and \
                n == code.argcount and s.outcome != "call":
            # a generator function: the frame and the generator, as the handler's
            # call makes them (nothing of the function runs yet)
            self.guard_class(fv, W_Function, snap)
            self.emit("guard_code", [fv], None, code, snap)
            return self._call_builtin(fv, args, npop, s, "new_generator", W_Generator, code)
        return False

    def _host_copy_or_len(self, w_fn, a, npop, snap):
        """`len(x)`, `list(x)`, `tuple(x)` of an exact host container: the host's
        own len / list / tuple, as the handler's paths end (space.len calls the
        host len for these classes; list(x) and tuple(x) unpack x with the host
        iteration).  None of them runs VM code or raises."""
        calls = _host_calls()
        copy = calls["copy"]
        c = self.cls(a)
        if w_fn.__class__ is W_BuiltinFunction and w_fn.fn is calls["len"] and c in HOST_SIZED:
            opname, rc = "hostlen", int
        elif w_fn in copy and c in copy[w_fn][1]:
            opname, rc = copy[w_fn][0]
        else:
            return False
        self.guard_class(a, c, snap)
        for _ in range(npop):
            self.pop()
        r = self.new(rc)
        self.emit(opname, [a], r)
        self.release(a)
        self.push(r)
        return True

    def _construct(self, fv, args, npop, s, snap):
        """`C(args)` for a class whose instances come from object.__new__ and
        whose __init__ is a plain VM function (the call handler's own fast path):
        the instance is allocated by the same function, and __init__ is inlined
        as a virtual frame that returns it.  The class's version guard covers the
        __new__ / __init__ lookups (it changes with any class in the MRO)."""
        n = len(args)
        w = fv.const if fv.isconst else None
        if w is None or w.__class__ is not W_Type or w.w_type is not _ins.W_TYPE[0] or \
                w.lookup("__new__") is not _ins.OBJECT_NEW[0] or w.solid is not _ins.W_OBJECT[0]:
            return False
        w_init = w.lookup("__init__")
        code = s.callee
        if w_init.__class__ is not W_Function or w_init.code is not code or \
                not code.fast_call or code.argcount != n + 1 or code.is_generator:
            return False
        self.emit("guard_version", [], None, (w, w.version), snap)
        plain = w.lookup("__del__") is NULL     # (under the version guard)
        if plain:
            gc_due = snap.copy()                # (the call's own state: see below)
            gc_due.no_bridge = True
        for _ in range(npop):
            self.pop()
        exc = self.snapshot(s.pc + 1)
        exc.ticks = self.offset
        if plain:
            # a plain W_Instance, counted as the collector counts allocations,
            # or NULL when this allocation may start a collection: the trace
            # leaves before the call and the interpreter allocates (and
            # collects).  No VM code runs here: the loop's guards on globals
            # and class versions stay hoistable.  (Its exit gets no bridge: a
            # bridge would leave at the same test.)
            obj = self.new(W_Instance)
            self.emit("new_plain_instance", [], obj, w, None, exc)
            self.emit("guard_nonnull", [obj], None, None, gc_due)
        else:
            # allocating may collect, and finalizers run VM code
            obj = self.new()
            self.emit("new_instance", [], obj, w, None, exc, effects=True)
        self._inline(const(w_init), [obj] + list(args), s, snap)
        af = self.frames[-1]
        af.init = True
        af.init_value = obj
        self.hold(obj)
        # the caller's references to the arguments stay until __init__ returns,
        # as CPython 3.11's CALL keeps a class call's arguments on its stack
        af.held = list(args) if args else None
        self.release(fv)
        # a thread started by a finalizer: leave where the interpreter looks,
        # in the new frame before its first instruction
        self.emit("guard_no_breaker", [], None, None, self.snapshot(0, after=True))
        return True

    def _residual(self, fv, args, npop, s, snap, names=()):
        """A residual call (recorder.record): the VM function the recording
        called, with a loop of its own, called by the trace and run by the
        interpreter (hotloop.Jit.call_body: its loop runs in its own trace).  It
        may run any VM code: the op has effects, raises through its exception
        exit, and leaves after the call when a thread switch became due (the
        callee's return is a frame switch, where the run loop looks).  A call
        that would pass MAX_NEST nested run loops leaves before it: the
        interpreter makes it without nesting."""
        if len(self.frames) != 1:
            return False
        self.guard_class(fv, W_Function, snap)
        self.emit("guard_code", [fv], None, s.callee, snap)
        nest = snap.copy()
        nest.no_bridge = True
        self.emit("guard_nest", [], None, None, nest)
        return self._call_builtin(fv, args, npop, s, "residual_call", None,
                                  (s.pc + 1, s.callee, names))

    def _call_builtin(self, fv, args, npop, s, opname="call_builtin", cls=None, descr=None):
        """A call made by the trace as one op that may run VM code (effects):
        its exception exit after the call, its result pushed, a thread switch
        due after it leaves at op.snap."""
        for _ in range(npop):
            self.pop()
        r = self.new(cls)
        exc = self.snapshot(s.pc + 1)
        exc.ticks = self.offset
        op = self.emit(opname, [fv] + list(args), r, descr, None, exc, effects=True)
        for a in args:
            self.release(a)
        self.release(fv)
        self.push(r)
        op.snap = self.snapshot(s.pc + 1, after=True)
        return True

    def op_CALL_METHOD(self, n, s, snap, last):
        if not last:
            return False
        st = self.frames[-1].stack
        meth = st[-n - 2]
        if meth is NULLC:
            # LOAD_METHOD found an attribute, not a method (a module's function)
            return self._call(st[-n - 1], st[len(st) - n:] if n else [], n + 2, s, snap)
        args = st[len(st) - n - 1:]
        if s.outcome == "residual":
            # the method LOAD_METHOD found: a constant, or a value its handler
            # left (the residual call's class guard tests for NULL too)
            ok = meth.const is not NULL if meth.isconst else s.stack[-n - 2][0] is W_Function
            return ok and self._residual(meth, args, n + 2, s, snap)
        if not meth.isconst or meth.const is NULL:
            return False
        if s.outcome == "call":
            code = s.callee
            if not (meth.isconst and meth.const.__class__ is W_Function and
                    meth.const.code is code and code.fast_call and n + 1 == code.argcount):
                return False
            for _ in range(n + 2):
                self.pop()
            self._inline(meth, args, s, snap)
            for a in args:
                self.release(a)
            return True
        if meth.const.__class__ is W_MethodDescr and self._host_method(meth.const, args, s, snap):
            return True
        if meth.isconst and meth.const.__class__ is W_MethodDescr:
            return self._call_builtin(meth, args, n + 2, s)
        return False

    def _host_method(self, w_m, args, s, snap):
        """A method of list / dict / str called on an exact instance (LOAD_METHOD
        guarded its class) whose descriptor is the host's own method, from the
        HOST_METHODS table: the host method called directly, under guards on the
        argument classes that keep VM code out (no VM __hash__ / __eq__)."""
        recv = args[0]
        c = self.cls(recv)
        row = HOST_METHODS.get((c, w_m.name))
        if row is None or w_m.fn is not getattr(c, w_m.name, None):
            return False
        nargs, arg_classes, may_raise = row
        rest = args[1:]
        if len(rest) not in nargs:
            return False
        for a, ok in zip(rest, arg_classes):
            if ok is not None and self.cls(a) not in ok:
                return False
        for a, ok in zip(rest, arg_classes):
            if ok is not None:
                self.guard_class(a, self.cls(a), snap)
        for _ in range(len(args) + 1):
            self.pop()
        r = self.new()
        if may_raise:
            # it raises before changing anything: the trace leaves before the
            # call, and the interpreter raises the VM's error
            self.emit("call_host_method", list(args), r, (w_m.name, "leave"), snap)
        elif c is dict:
            # a key with a VM __eq__ and the same hash in the dict runs VM code:
            # leave after the call when a thread switch became due
            op = self.emit("call_host_method", list(args), r, (w_m.name, "breaker"),
                           None, None, effects=True)
        else:
            self.emit("call_host_method", list(args), r, (w_m.name, "plain"))
        for a in args:
            self.release(a)
        self.push(r)
        if c is dict and not may_raise:
            op.snap = self.snapshot(s.pc + 1, after=True)
        return True

    def op_CALL_FUNCTION_KW(self, n, s, snap, last):
        """A keyword call of a VM function with plain parameters, inlined: the
        arguments are bound at trace time as quick_bind binds them (names are
        a constant tuple); missing parameters are read from the function's
        defaults / kwdefaults when the trace runs, under guards.  (Or residual,
        its keyword arguments bound by the callee's frame when the trace runs.)"""
        if not last or s.outcome not in ("call", "residual"):
            return False
        st = self.frames[-1].stack
        names = st[-1]
        if not names.isconst or names.const.__class__ is not tuple:
            return False
        names = names.const
        nkw = len(names)
        if s.outcome == "residual":
            fv = st[-n - 2]
            return self._residual(fv, st[len(st) - n - 1:-1], n + 2, s, snap, names)
        code = s.callee
        if not code.plain_params or code.cellvars or code.is_generator or \
                s.init_obj or s.callee_ndefaults < 0:
            return False
        fv = st[-n - 2]
        if self._callable_code(fv, s, -n - 2) is not code:
            return False
        npos = n - nkw
        argcount = code.argcount
        if npos > argcount:
            return False
        pos = st[len(st) - n - 1:len(st) - nkw - 1]
        kwvals = st[len(st) - nkw - 1:-1]
        locs = list(pos) + [None] * (code.nlocals - npos)
        for name, v in zip(names, kwvals):
            i = code.arg_index.get(name, -1)
            if i < npos or locs[i] is not None:
                return False
            locs[i] = v
        ndef = s.callee_ndefaults
        first_default = argcount - ndef
        missing = [i for i in range(npos, argcount + code.kwonlyargcount) if locs[i] is None]
        if any(i < first_default for i in missing):
            return False
        self.guard_class(fv, W_Function, snap)
        defaults = kwdefaults = None
        for i in missing:
            if i < argcount:
                if defaults is None:
                    defaults = self.new()
                    self.emit("getfield", [fv], defaults, "defaults")
                    self.guard_class(defaults, tuple, snap)
                    self.emit("guard_len", [defaults], None, ndef, snap)
                locs[i] = self.new()
                self.emit("tuple_item", [defaults], locs[i], i - first_default)
            else:
                if kwdefaults is None:
                    kwdefaults = self.new()
                    self.emit("getfield", [fv], kwdefaults, "kwdefaults")
                    self.guard_class(kwdefaults, dict, snap)
                locs[i] = self.new()
                self.emit("dict_get", [kwdefaults], locs[i], code.varnames[i])
                self.emit("guard_nonnull", [locs[i]], None, None, snap)
        for _ in range(n + 2):
            self.pop()
        self._inline(fv, locs[:argcount + code.kwonlyargcount], s, snap)
        for a in pos + kwvals:
            self.release(a)
        self.release(fv)
        return True

    def op_LIST_APPEND(self, n, s, snap, last):
        return self._collect(n, list, "append", None, snap)

    def op_SET_ADD(self, n, s, snap, last):
        return self._collect(n, set, "set_add", (int, str), snap)

    def _collect(self, n, c, opname, item_classes, snap):
        """A comprehension adds the top of the stack to the list / set n below
        it; the host's list.append / set.add (of an int or str: no VM __hash__)."""
        st = self.frames[-1].stack
        x, coll = st[-1], st[-1 - n]
        cx = self.cls(x)
        if self.cls(coll) is not c or (item_classes is not None and cx not in item_classes):
            return False
        self.guard_class(coll, c, snap)
        if item_classes is not None:
            self.guard_class(x, cx, snap)
        self.pop()
        self.emit(opname, [coll, x], None, None, effects=False)
        self.release(x)
        return True

    def op_MAP_ADD(self, n, s, snap, last):
        st = self.frames[-1].stack
        v, k, d = st[-1], st[-2], st[-2 - n]
        ck = self.cls(k)
        if self.cls(d) is not dict or ck not in (int, str):
            return False
        self.guard_class(d, dict, snap)
        self.guard_class(k, ck, snap)
        self.pop()
        self.pop()
        self.emit("setitem", [d, k, v], None, None, None, None, effects=False)
        self.release(k)
        self.release(v)
        return True

    def op_RETURN_VALUE(self, arg, s, snap, last):
        if len(self.frames) == 1:
            if self.trace.kind == "step" and s.outcome == "return":
                return self._leave_step(s, True)    # the generator returns
            return False
        af = self.frames[-1]
        v = self.pop()
        if af.init:
            self.emit("guard_is", [v], None, None, snap)
            self.release(v)
            if af.init_value is not None:
                v = af.init_value           # the frame's reference moves to the caller
                af.init_value = None
            else:
                v = self.new()
                self.emit("getfield", [af.real], v, "init_obj")
                self.hold(v)
        self.frames.pop()
        caller = self.frames[-1]
        caller.stack.append(v)          # the reference moves to the caller's stack
        for lv in af.locals:
            if lv is not None:
                self.release(lv)
        for sv in af.stack:
            self.release(sv)
        if af.real is not None:
            self.release(af.real)
        if af.func is not None:
            self.release(af.func)
        if af.held:
            for hv in af.held:          # after the frame's locals, first to last
                self.release(hv)
        return True


_BUILTIN_TYPES = []

# len(x) of these host classes is the host's len (space.len); list(x) / tuple(x)
# of these iterate them with the host's iteration (unpack_iterable; not tuple(t):
# whether the result is t itself is the VM's business)
HOST_SIZED = frozenset([list, tuple, str, dict, set, frozenset, bytes, bytearray])
_HOST_CALLS = {}


# The host math module's functions that return a float whenever they return
# (documented so: https://docs.python.org/3/library/math.html); the others
# (floor, gcd, isnan, frexp, prod ...) return ints, bools, tuples or either.
MATH_FLOAT = frozenset((
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "copysign", "cos",
    "cosh", "degrees", "dist", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "fmod", "fsum",
    "gamma", "hypot", "ldexp", "lgamma", "log", "log10", "log1p", "log2", "nextafter", "pow",
    "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "ulp"))


def _host_calls():
    """The built-in functions and types whose calls become host calls, by what
    their handlers end in (objects/containers.py: list_init, set_init,
    tuple_new, frozenset_new; builtins.len_): "len" (the host function of VM
    len), "copy" ({W_Type: ((op, result class), argument classes)}), "collect"
    ({W_Type: host class} of a collection made from a generator)."""
    if not _HOST_CALLS:
        from refvm import builtins as _b
        from refvm.objects.containers import w_list, w_tuple, w_set, w_frozenset
        _HOST_CALLS["len"] = _b.len_
        _HOST_CALLS["copy"] = {w_list: (("hostlist", list), frozenset([list, tuple, str])),
                               w_tuple: (("hosttuple", tuple), frozenset([list, str]))}
        _HOST_CALLS["collect"] = {w_list: list, w_tuple: tuple, w_set: set,
                                  w_frozenset: frozenset}
    return _HOST_CALLS


def _builtin_types():
    """The W_Types of the built-in types (refvm/objects/typeobject.py) whose call
    does not read the caller's frame (`super()` finds its class and instance
    there, `type(name, bases, ns)` its __module__: the frame may be virtual)."""
    if not _BUILTIN_TYPES:
        from refvm.objects.typeobject import ALL_BUILTIN_TYPES
        _BUILTIN_TYPES.append(frozenset(w for name, w in ALL_BUILTIN_TYPES.items()
                                        if name not in ("super", "type")))
    return _BUILTIN_TYPES[0]


def lower(steps, root_code, header, root_globals, entry_stack, kind="loop"):
    lw = Lowerer(steps, root_code, header, root_globals, entry_stack)
    lw.trace.kind = kind
    return lw.lower()


def lower_bridge(steps, loop, snap, yields=False):
    """A bridge: the path from a failing guard back to the loop header, lowered
    in the loop's own variables (it is compiled into the guard's failure branch).
    yields: a loop's bridge in a generator's frame that ends in the frame's
    yield (hotloop.Jit.record_bridge)."""
    main = loop
    lw = Lowerer.__new__(Lowerer)
    lw.bridge = True
    lw.yield_ok = yields
    lw.nest = snap.nest + 1
    lw.steps = steps
    lw.trace = t = Trace(main.code, main.header)
    t.kind = main.kind
    t.entry_stack = main.entry_stack
    t.header_vars = list(main.header_vars)
    lw.n = main.max_value
    lw.ops = t.ops
    lw.seen = {}
    lw.refs = {}
    lw.offset = snap.ticks
    lv = snap.levels[0]
    root = AFrame(main.code, ROOT, None, lv.globals, main.code.nlocals,
                  list(snap.known_locals))
    root.globals = main.root_globals
    root.resume_pc = lv.pc
    # after an inner loop ran, a local the trace has not read again is in the
    # frame, not in the loop-header variable
    root.reload = snap.reload
    lw.frames = [root]
    lw.header_locals = dict((h.header[1], h) for h in main.header_vars if h.header[0] == "l")
    for v in root.locals:
        if v is not None:
            lw.hold(v)
    for v in lv.stack:
        root.stack.append(v)
        lw.hold(v)
    # a guard inside inlined calls: their virtual frames, as the snapshot has them
    for lvk in snap.levels[1:]:
        af = AFrame(lvk.code, None, lvk.func, lvk.globals, lvk.code.nlocals, list(lvk.locals))
        af.resume_pc = lvk.pc
        for v in af.locals:
            if v is not None:
                lw.hold(v)
        for v in lvk.stack:
            af.stack.append(v)
            lw.hold(v)
        lw.hold(lvk.func)
        if lvk.init is not None:
            af.init = True
            af.init_value = lvk.init
            lw.hold(lvk.init)
        if lvk.held is not None:
            af.held = list(lvk.held)
            for hv in af.held:
                lw.hold(hv)
        lw.frames.append(af)
    t.max_level = len(snap.levels) - 1
    t.root_globals = main.root_globals
    lw.lower()
    if t.max_level > main.max_level:
        # the loop's preamble checked the recursion depth for its own inlining only
        again = Snapshot(snap.levels, snap.ticks)
        again.known_locals = snap.known_locals
        t.ops.insert(0, Op("guard_depth", [], None, t.max_level, again))
    t.length = len(steps)
    main.max_value = lw.n
    return t
