"""The backend: an optimized trace -> Python source -> a compiled host function.

The function runs the loop until an exit:

    def loop(f, st, <constants as defaults>):
        L = f.locals; S = f.stack; D = st.depth
        <loop-header variables from the frame>        the preamble
        <hoisted guards>
        t = 0
        while True:
            <one iteration: guards and host operations>
            t += <instructions per iteration>
            <header variables = values at the end>

and returns (exit number, instructions done, the exit's values, extra) where
extra is the exception an operation raised or an unexpected handler result.
deopt.py turns that into interpreter frames.  Constants are default arguments
(host locals, the fastest names to read); locals of the loop's frame are
written through to f.locals, so the frame's locals are always exact.
"""

from refvm.objects.model import NULL, W_Type
from refvm.interp.frame import Frame, make_frame
from refvm.objects.generator import W_Generator
from refvm.objects.functions import W_Function
from refvm.objects.objecttype import type_call
from refvm.objects.space import unpack_iterable
from refvm.gc.instances import new_instance, new_plain_instance
from refvm.jit.ir import Snapshot, ROOT
from refvm.jit import JitExit
import weakref as _weakref

SIMPLE = (int, bool, type(None))

# ops that call builtins or handlers that may run VM code: the loop frame's pc
# is written before them (Emitter.at_pc)
RUNS_VM_CODE = frozenset(["call_builtin", "call_unbound", "call_type", "call_host_method",
                          "collect", "gen_next", "generic", "str_format"])


class Emitter(object):
    _virtual_calls = None           # (see virtual_calls)
    moved = ()                      # (residual_call: see ops)
    reenter = None                  # how a bridge's way back to the loop header
                                    # leaves this code (call_bridge; None: see there)

    def __init__(self, trace, name, jit=None, exits=None, origin=None, root=None, joined=()):
        self.jit = jit
        self.trace = trace
        self.name = name
        self.lines = []
        self.consts = {}            # id -> (name, object)
        # Snapshots by exit number: one list for a loop, its recompilations and
        # all its bridges' functions (a number, once given, stays the exit's)
        self.exits = exits if exits is not None else []
        self.header_snap = None
        self.drain_mode = False     # build_drain: a bridge's result goes to the loop
        self.splices = 0            # generator steps spliced in (splice_step)
        self.origin = origin        # a bridge function: the Snapshot it starts at
        self.root = root if root is not None else trace     # the loop's own Trace
        # a step's bridges (ids of their Traces) whose code goes into their
        # guards' failure branches instead of a call (inline_bridge; Jit.join_step)
        self.join = set(id(b) for b in joined)
        self.join_depth = 0
        self.inlined = set()        # exits (ids) whose bridge is written in
        self.clears = []            # (inline_bridge) the inlined bridges' variables
        self.drain_of = None        # build_drain: the step's CompiledLoop
        self.spliced = []           # the steps (CompiledLoops) whose code is spliced in
        self.inline = {}            # new_slice results a subscript builds (_slice_key_only)

    def k(self, w):
        """A source expression for constant w: a literal only where the host's
        literal is w itself (None, the bools, the ints the host caches, -5 to
        256); any other constant is named, so that the trace hands on the
        program's own object (a literal 1.5, 1000 or 'a b' in the trace's code
        is another object than the program's constant: `is` tells, and the
        host's repr refuses ints of over 4,300 digits).  A negative literal
        is in parentheses: `-5 ** v` is -(5 ** v)."""
        if w is NULL:
            return "NULL"
        if w is None or w is True or w is False:
            return repr(w)
        if w.__class__ is int and -5 <= w <= 256:
            return str(w) if w >= 0 else "(%d)" % w
        return self.kname(w)

    def kname(self, w):
        """A name (never a literal) for w: identity tests need the object itself."""
        key = id(w)
        if key not in self.consts:
            self.consts[key] = ("K%d" % len(self.consts), w)
        return self.consts[key][0]

    def val(self, v):
        if v is None:
            return "NULL"
        if v in self.inline:
            return self.inline[v]
        if v.isconst:
            return self.k(v.const)
        if v.items is not None:
            return "(" + "".join(self.val(i) + ", " for i in v.items) + ")"
        return v.name

    def exit(self, snap, extra="None", ticks=None):
        if not (0 <= snap.index < len(self.exits) and self.exits[snap.index] is snap):
            snap.index = len(self.exits)
            self.exits.append(snap)
        snap.owner = self.trace
        lv = snap.levels[0]
        if len(snap.levels) == 1 and lv.real is ROOT and lv.locals is None and \
                lv.func is None and lv.stack is not None:
            snap.simple_pc = lv.pc
        vals = "".join(self.val(v) + ", " for v in snap.values())
        t = "t + %d" % snap.ticks if ticks is None else ticks
        return "return (%d, %s, (%s), %s)" % (snap.index, t, vals, extra)

    def emit(self, indent, line):
        self.lines.append("    " * indent + line)

    # ------------------------------------------------------------ the function

    def prologue(self):
        """The frame's locals and value stack and the depth, as host variables
        (those the code uses: see source)."""
        self.emit(1, "L = f.locals")
        self.emit(1, "S = f.stack")
        self.emit(1, "D = st.depth")

    def source(self, head):
        """The function's source; the prologue's reads the code never uses are
        left out (a generator step or a bridge runs its prologue at every call)."""
        used = _words("\n".join(self.lines[3:]))
        lines = [l for l in self.lines[:3] if l.split()[0] in used] + self.lines[3:]
        return head + "\n" + "\n".join(lines) + "\n"

    def build(self):
        t = self.trace
        e = self.emit
        self.prologue()
        stack_h = sorted((h for h in t.header_vars if h.header[0] == "s"), key=lambda h: h.header[1])
        if stack_h:
            e(1, "%s, = S" % ", ".join(h.name for h in stack_h))
            e(1, "del S[:]")
        for h in t.header_vars:
            if h.header[0] == "l":
                e(1, "%s = L[%d]" % (h.name, h.header[1]))
        # the exit before any iteration: the loop header, nothing done
        hs = self.header_snapshot()
        if t.max_level:
            e(1, "if D + %d > st.recursion_limit: %s" % (t.max_level, self.exit(hs, ticks="0")))
        e(1, "t = 0")
        if t.kind == "step":
            self.ops(t.preamble, 1, hs, preamble=True)
            self.ops(to_yield(t.ops), 1)       # a generator step: no loop
            return self.source(self.head())
        ind = 2
        if t.preamble:
            # the preamble (guards and loads hoisted out of the loop) runs on entry
            # and again after each bridge: a bridge's path need not keep the facts
            # the main path keeps (a loop-header variable of another class, a
            # global rebound), so bridges go back to it (`break`), the main path
            # to the loop's top
            e(1, "while True:")
            self.ops(t.preamble, 2, hs, preamble=True)
            ind = 3
        moves = [(h, v) for h, v in t.backedge if h is not v]
        over = _range_loop(t, moves) if t.preamble else None
        if over is None:
            e(ind - 1, "while True:")
            self.ops(t.ops, ind)
        else:
            # a loop over a range: the host's own for loop takes the next value
            # (FOR_ITER, against a call of next() and a test of its result: 14 ns
            # an iteration); the iterator's end runs the `else` below.  A range
            # iterator holds no object and takes no weak reference: the
            # reference the for loop keeps to it cannot be seen
            e(ind - 1, "for %s in %s:" % (over[0].res.name, over[1].name))
            self.ops(t.ops[2:], ind)
        e(ind, "t += %d" % t.length)
        if moves:
            e(ind, "%s = %s" % (", ".join(h.name for h, _ in moves),
                                ", ".join(self.val(v) for _, v in moves)))
        for v in getattr(t, "end_kills", ()):
            e(ind, "%s = None" % v.name)
        if not t.ops and not t.backedge:
            e(ind, "pass")
        if over is not None:
            # the range's end: the guard of next()'s NULL as the loop had it; its
            # bridge goes back to the preamble with `continue` (the for loop's
            # `else` is the outer loop's code: `break` would leave that)
            e(ind - 1, "else:")
            e(ind, "%s = NULL" % over[0].res.name)
            self.reenter = "continue"
            self.op(t.ops[1], ind)
            self.reenter = None
        return self.source(self.head())

    def build_drain(self):
        """A generator step as a loop for a consumer that runs no VM code between
        values (hotloop.Jit.drain: list(g), set(g), sum(g) ...): at the step's
        yield the value goes to `push`, and when the yield resumes where the step
        starts, the step's code runs again for the next value, the generator's
        frame staying in its running state in between (nothing can observe it:
        push is host code).  push returning something else than None declines
        the value (the consumer needs VM code for it): the generator is left as
        the step's yield leaves it.  Leaves also when a thread switch is due or
        the exception state changed (the consumer's X).  None when the step does
        not loop back to its own start."""
        t = self.trace
        ops = t.ops
        ys = [i for i, op in enumerate(ops) if op.name == "yield_value"]
        if t.kind != "step" or len(ys) != 1:
            return None
        y = ops[ys[0]]
        after_pc, ticks, returns = y.descr
        stack_h = sorted((h for h in t.header_vars if h.header[0] == "s"),
                         key=lambda h: h.header[1])
        if returns or after_pc != t.header or len(stack_h) != len(t.header_vars) or \
                len(y.args) - 1 != len(stack_h) or not stack_h or \
                any(op.name in ("generic", "run_loop") for op in ops):
            return None
        e = self.emit
        self.drain_mode = True
        self.prologue()
        unstack = "%s, = S" % ", ".join(h.name for h in stack_h)
        e(1, unstack)
        e(1, "del S[:]")
        hs = self.header_snapshot()
        if t.max_level:
            e(1, "if D + %d > st.recursion_limit: %s" % (t.max_level, self.exit(hs, ticks="0")))
        e(1, "t = 0")
        e(1, "while True:")
        e(2, "while True:")
        self.ops(t.preamble, 3, hs, preamble=True)
        self.ops(ops[:ys[0]], 3)
        a = [self.val(x) for x in y.args]
        w = a[-1]
        # the yield: YIELD_VALUE's handler written out as in a step, the value
        # taken by the consumer here (and in f.retval only when the loop leaves
        # with it: a suspended frame keeps no reference to what it yielded,
        # W_Generator._left)
        e(3, "t += %d" % ticks)
        leave = "r is not None or st.breaker or st.exc_info is not X"
        e(3, "r = push(%s)" % w)
        e(3, "if %s:" % leave)
        if len(a) > 2:
            e(4, "S.extend((%s))" % "".join(x + ", " for x in a[1:-1]))
        e(4, "f.retval = %s" % w)
        e(4, "f.yielded = True")
        e(4, "f.pc = %d" % after_pc)
        e(4, "return (-3, t, r, None)")
        # the references the step's return would drop, then the next resumption:
        # the stack the yield left and the sent None
        nxt = a[1:-1] + ["None"]
        moves = [(h.name, v) for h, v in zip(stack_h, nxt) if h.name != v]
        dead = [op.args[0].name for op in ops[ys[0] + 1:] if op.name == "kill"]
        dead += [v.name for v in getattr(t, "end_kills", ()) if v.name not in dead]
        for d in dead:
            if d not in nxt and d not in [m[0] for m in moves]:
                e(3, "%s = None" % d)
        if moves:
            e(3, "%s = %s" % (", ".join(m[0] for m in moves), ", ".join(m[1] for m in moves)))
        # a bridge ran (`break` above): it ended in the step's yield back here,
        # or anywhere else (its result is the loop's)
        # (and when the step was compiled again, this code is left for the new
        # one's: Jit.join_step)
        e(2, "if x[0] != -2 or not f.yielded or f.pc != %d or %s.version != %d: return x"
          % (after_pc, self.kname(self.drain_of), self.drain_of.version))
        e(2, "t = x[1]")
        e(2, "x = None")
        e(2, "r = push(f.retval)")
        e(2, "if %s: return (-3, t, r, None)" % leave)
        e(2, "f.retval = None")
        e(2, "f.yielded = False")       # (a step's yield sets it, its return does not)
        if len(stack_h) > 1:
            e(2, "%s, = S" % ", ".join(h.name for h in stack_h[:-1]))
            e(2, "del S[:]")
        e(2, "%s = None" % stack_h[-1].name)
        return self.source("def %s(f, st, push, X):" % self.name)

    def head(self):
        if self.trace.kind == "step":
            return "def %s(f, st):" % self.name        # (see head_params)
        return "def %s(f, st, %s):" % (self.name, ", ".join(self.head_params()))

    def head_params(self):
        """A loop's function reads its constants and the builtins it uses as
        default arguments (host locals: the fastest reads, and a loop is entered
        once for many iterations).  A bridge's or a generator step's function,
        called once per path taken or per value, reads them as its globals
        instead (the module namespace it is compiled in): the defaults would be
        copied into its frame at every call (40 of them: 67 ns a call against
        25 ns without, CPython 3.11); for the same reason a loop's function takes
        only the builtins its code names (an inner loop's is called by its outer
        loop's on every outer iteration)."""
        params = ["%s=%s" % (n, n) for n, _ in self.consts.values()]
        used = _words("\n".join(self.lines))
        params += ["%s=%s" % (n, n) for n in HOST_NAMES if n in used]
        return params

    def header_snapshot(self):
        from refvm.jit.ir import Level
        t = self.trace
        stack_h = sorted((h for h in t.header_vars if h.header[0] == "s"), key=lambda h: h.header[1])
        lv = Level(t.code, t.header, None, list(stack_h), ROOT, None, None)
        return Snapshot([lv], 0)

    # ------------------------------------------------------------ ops

    def ops(self, ops, ind, hs=None, preamble=False):
        """Emit ops; consecutive guards resuming at the same snapshot become one
        test (one exit, one bridge)."""
        i = 0
        while i < len(ops):
            op = ops[i]
            j = i + 1
            if op.is_guard():
                while j < len(ops) and ops[j].is_guard() and ops[j].snap is op.snap:
                    j += 1
            if op.name == "residual_call" or op.name == "run_loop":
                self.moved = _moved_args(ops, i)
            if op.name == "new_slice" and not preamble and _slice_key_only(ops, i):
                # the subscript right after builds it (`x[a:b:c]`: the host's
                # BUILD_SLICE, the same slice, without a call of slice())
                self.inline[op.res] = ":".join(self.val(x) for x in op.args)
                i = j
                continue
            fused = _fusable(ops, i, j)
            if fused is not None:
                # a value's class (or NULL) test and its test against a constant
                # with another exit: one identity test where both pass
                # (`v is not False` for bool + guard_false), the two failure
                # branches inside it in their order
                self.emit(ind, "if %s is not %s:" % (self.val(ops[j].args[0]), fused))
                self.op(op, ind + 1, hs, preamble, self.group_cond(ops[i:j]))
                self.op(ops[j], ind + 1, hs, preamble, "True")
                i = j + 1
                continue
            self.op(op, ind, hs, preamble, self.group_cond(ops[i:j]))
            i = j

    def group_cond(self, group):
        """The one failure condition of a group of guards with one exit (None
        for a lone op: op() makes its own); a value's NULL test goes where its
        class test follows (_class_tested_next)."""
        if len(group) == 1:
            return None
        return " or ".join("(%s)" % self.guard_cond(o) for k, o in enumerate(group)
                           if not _class_tested_next(group, k))

    def op(self, op, ind, hs=None, preamble=False, cond=None):
        n = op.name
        a = [self.val(x) for x in op.args]
        if (n == "binop" or n == "unary") and all(x.isconst for x in op.args):
            # (not folded by the optimizer: its result is a new object each
            # time, optimizer._shared; nor by the host's compiler, as it folds
            # `10 ** 20` written with two literals)
            a[0] = self.kname(op.args[0].const)
        e = self.emit
        if n in RUNS_VM_CODE:
            self.at_pc(op, ind)
        snap = hs if preamble else op.snap
        # a guard that hardly ever fails: its bridge is not written in here
        # but where the same exit has another guard (inline_bridge)
        rare = cond is None and (n == "guard_nonnull" or n == "guard_depth")

        def guard(cond, first=None):
            """The failure branch: `first` (a statement), then a bridge or the exit."""
            bridge = not preamble and (snap.bridge_fn is not None or self.may_bridge(snap))
            if first is None and not bridge:
                e(ind, "if %s: %s" % (cond, self.exit(snap, ticks="t" if preamble else None)))
                return
            e(ind, "if %s:" % cond)
            if first is not None:
                e(ind + 1, first)
            if bridge:
                self.call_bridge(snap, ind + 1, rare)
            else:
                e(ind + 1, self.exit(snap, ticks="t" if preamble else None))

        if cond is None:
            cond = self.guard_cond(op, a)
        if n == "guard_isnull" and op.descr is not None:
            # FOR_ITER_STORE_FAST recorded exhausted: a value goes to its local as
            # the instruction's second half would have stored it (descr: the index)
            guard(cond, "L[%d] = %s" % (op.descr, a[0]))
        elif cond is not None:
            guard(cond)
        elif n == "binop":
            self.raising(op, ind, "%s = %s %s %s" % (op.res.name, a[0], op.descr, a[1]))
        elif n == "compare":
            e(ind, "%s = %s %s %s" % (op.res.name, a[0], op.descr, a[1]))
        elif n == "unary":
            e(ind, "%s = %s%s" % (op.res.name, op.descr, a[0]))
        elif n == "not":
            e(ind, "%s = not %s" % (op.res.name, a[0]))
        elif n == "iter":
            e(ind, "%s = iter(%s)" % (op.res.name, a[0]))
        elif n == "next":
            self.raising(op, ind, "%s = next(%s, NULL)" % (op.res.name, a[0]))
        elif n == "getattr_dict":
            # a subscript, not dict.get(name, NULL) (a method call: 3.1 million of
            # them in richards); an instance's dict is an exact host dict (the
            # __dict__ setter sees to that), so no __missing__ runs; the guard
            # that follows tests for NULL outside the handler (no exception is
            # being handled while an exit or a bridge runs)
            e(ind, "try:")
            e(ind + 1, "%s = %s.w_dict[%r]" % (op.res.name, a[0], op.descr))
            e(ind, "except KeyError:")
            e(ind + 1, "%s = NULL" % op.res.name)
        elif n == "setattr_dict":
            e(ind, "%s.w_dict[%r] = %s" % (a[0], op.descr, a[1]))
        elif n == "getitem":
            self.raising(op, ind, "%s = %s[%s]" % (op.res.name, a[0], a[1]))
            self.breaker(op, ind)
        elif n == "setitem":
            self.raising(op, ind, "%s[%s] = %s" % (a[0], a[1], a[2]))
            self.breaker(op, ind)
        elif n == "new_tuple":
            e(ind, "%s = (%s)" % (op.res.name, "".join(x + ", " for x in a)))
        elif n == "new_slice":
            e(ind, "%s = slice(%s)" % (op.res.name, ", ".join(a)))
        elif n == "new_list":
            e(ind, "%s = [%s]" % (op.res.name, ", ".join(a)))
        elif n == "new_set":
            e(ind, "%s = set()" % op.res.name)          # (empty: lowering's BUILD_SET)
        elif n == "unpack":
            e(ind, "%s, = %s" % (", ".join(r.name for r in op.descr), a[0]))
        elif n == "load_global":
            e(ind, "%s = %s.get(%r, NULL)" % (op.res.name, self.k(op.descr[0]), op.descr[1]))
        elif n == "call_builtin" or n == "call_unbound":
            self.raising(op, ind, "%s = %s.%s([%s], None)" % (
                op.res.name, a[0], "call" if n == "call_builtin" else n, ", ".join(a[1:])))
            self.breaker(op, ind)
        elif n == "collect":
            # (list: unpack_iterable's own new list)
            fn = "" if op.res.cls is list else op.res.cls.__name__
            self.raising(op, ind, "%s = %s(%s(%s))" % (
                op.res.name, fn, self.kname(unpack_iterable), a[1]))
            self.breaker(op, ind)
        elif n == "residual_call":
            self.residual_call(op, ind, a)
        elif n == "call_type":
            self.raising(op, ind, "%s = %s(%s, [%s], None)" % (
                op.res.name, self.kname(type_call), a[0], ", ".join(a[1:])))
            self.breaker(op, ind)
        elif n == "new_generator":
            code = op.descr
            if code is not None and not code.cellvars:
                # make_frame's path for the function's code (guarded), written out
                pad = ["NULL"] * (code.nlocals - code.argcount)
                cells = "list(%s.closure or ())" % a[0] if code.ncells else "None"
                frame = "Frame(%s, %s.w_globals, [%s], %s, None, %s)" % (
                    self.kname(code), a[0], ", ".join(a[1:] + pad), cells, a[0])
            else:
                frame = "%s(%s, [%s], None)" % (self.kname(make_frame), a[0], ", ".join(a[1:]))
            self.raising(op, ind, "%s = %s(%s)" % (op.res.name, self.kname(W_Generator), frame))
            self.breaker(op, ind)
        elif n == "getlocal":
            if a[0] == "f":
                e(ind, "%s = L[%d]" % (op.res.name, op.descr))
            else:
                e(ind, "%s = %s.locals[%d]" % (op.res.name, a[0], op.descr))
        elif n == "setlocal":
            if a[0] == "f":
                e(ind, "L[%d] = %s" % (op.descr, a[1]))
            else:
                e(ind, "%s.locals[%d] = %s" % (a[0], op.descr, a[1]))
        elif n == "new_frame":
            code, g = op.descr
            fn = a[-1]
            e(ind, "%s = Frame(%s, %s, [%s], %s.closure, None, %s)" % (
                op.res.name, self.k(code), self.k(g), ", ".join(a[:-1]), fn, fn))
        elif n == "yield_value":
            after_pc, ticks, returns = op.descr
            # YIELD_VALUE's (or RETURN_VALUE's) handler, written out: the value goes
            # to f.retval; f.yielded tells the generator which it was
            if len(a) > 2:
                e(ind, "S.extend((%s))" % "".join(x + ", " for x in a[1:-1]))
            e(ind, "f.retval = %s" % a[-1])
            if not returns:
                e(ind, "f.yielded = True")
            e(ind, "f.pc = %d" % after_pc)
            for names in reversed(self.clears):
                if names:
                    e(ind, "%s = None" % " = ".join(names))      # (see inline_bridge)
            if self.drain_mode:
                # an inlined bridge's yield in a drain: what its call returned
                e(ind, "x = (-2, t + %d, None, None)" % ticks)
                e(ind, "break")
            else:
                e(ind, "return (-2, t + %d, None, None)" % ticks)
        elif n == "new_range":
            self.or_leave_before(op, ind, "%s = range(%s)" % (op.res.name, ", ".join(a)))
        elif n == "call_host_method":
            name, mode = op.descr
            line = "%s = %s.%s(%s)" % (op.res.name, a[0], name, ", ".join(a[1:]))
            if mode == "leave":
                self.or_leave_before(op, ind, line)
            else:
                e(ind, line)
                self.breaker(op, ind)       # (mode "breaker": effects and an after-snapshot)
        elif n in ("hostlen", "hostlist", "hosttuple"):
            e(ind, "%s = %s(%s)" % (op.res.name, n[4:], a[0]))
        elif n == "call_pure":
            self.or_leave_before(op, ind, "%s = %s(%s)" % (op.res.name, self.kname(op.descr),
                                                           ", ".join(a)))
        elif n == "str_format":
            self.or_leave_before(op, ind, "%s = %s %% %s" % (op.res.name, a[0], a[1]))
        elif n == "gen_next":
            if not self.splice_step(op, ind, a[0]) and not self.call_step(op, ind, a[0]):
                self.raising(op, ind, "%s = %s(%s, st)" % (
                    op.res.name, self.kname(self.jit.next_of), a[0]))
        elif n == "append":
            e(ind, "%s.append(%s)" % (a[0], a[1]))
        elif n == "set_add":
            e(ind, "%s.add(%s)" % (a[0], a[1]))
        elif n == "tuple_item":
            e(ind, "%s = %s[%d]" % (op.res.name, a[0], op.descr))
        elif n == "dict_get":
            e(ind, "%s = %s.get(%r, NULL)" % (op.res.name, a[0], op.descr))
        elif n == "getcell_frame":
            e(ind, "%s = %s.cells[%d].contents" % (op.res.name, a[0], op.descr))
        elif n == "setcell_frame":
            e(ind, "%s.cells[%d].contents = %s" % (a[0], op.descr, a[1]))
        elif n == "getcellobj_frame":
            e(ind, "%s = %s.cells[%d]" % (op.res.name, a[0], op.descr))
        elif n == "new_function":
            g = ("%s.w_globals" % a[0]) if not op.args[0].isconst else a[0]
            e(ind, "%s = %s(%s, %s)" % (op.res.name, self.kname(new_function), g,
                                        ", ".join(a[1:])))
        elif n == "getcell":
            e(ind, "%s = %s.closure[%d].contents" % (op.res.name, a[0], op.descr))
        elif n == "setfield":
            e(ind, "%s.%s = %s" % (a[0], op.descr, a[1]))
        elif n == "set_held":
            e(ind, "%s.held = [%s]" % (a[0], ", ".join(reversed(a[1:]))))
        elif n == "new_instance" or n == "new_plain_instance":
            fn = new_plain_instance if n == "new_plain_instance" else new_instance
            self.raising(op, ind, "%s = %s(%s)" % (op.res.name, self.kname(fn),
                                                   self.k(op.descr)))
        elif n == "getfield":
            e(ind, "%s = %s.%s" % (op.res.name, a[0], op.descr))
        elif n == "generic":
            self.generic(op, ind, a)
        elif n == "run_loop":
            self.run_loop(op, ind, a)
        elif n == "kill":
            if op.args[0] not in self.inline:
                e(ind, "%s = None" % a[0])
        else:
            raise ValueError("backend: no form for %s" % n)

    # ------------------------------------------------------------ bridges

    def may_bridge(self, snap):
        """A guard that may get a bridge later: its failure branch reads the
        bridge function from the snapshot when it runs (the exit while there is
        none), so that attaching a bridge needs no new compilation of this code
        (snap.linked; hotloop.record_bridge)."""
        from refvm.jit.hotloop import bridgeable
        if snap.known_locals is None or snap.no_bridge or not bridgeable(snap):
            return False
        snap.linked = True
        return True

    def call_bridge(self, snap, ind, rare=False):
        """A guard's failure branch that has a bridge: its function gets the values
        it starts from as arguments, which this function's variables let go of
        as they are passed (`let_go` after them: a call moves its arguments
        into the callee's frame, so the bridge drops each value where the
        interpreter would), and returns an exit or, at the loop header,
        [instructions done, the header variables].  Without a bridge yet
        (may_bridge), the exit first.  (Until 2026-12-04 the values went in a
        list the bridge emptied: 33 ns more a call.)"""
        e = self.emit
        if self.join and snap.bridge is not None and id(snap.bridge) in self.join and \
                not rare and id(snap) not in self.inlined and self.join_depth < JOIN_DEPTH:
            # (once: the other guards with this exit call the bridge's function)
            self.inlined.add(id(snap))
            self.inline_bridge(snap, ind)
            return
        inputs = bridge_inputs(snap, self.root)
        names = [v.name for v in inputs]
        call, _params, rest = bridge_args(names)
        args = "".join(", " + a for a in call)
        fn = "bridge_fn"
        if snap.bridge_fn is None:
            maker = self.exit_maker(snap, inputs, len(names) - len(rest), bool(rest))
            if maker is None:
                e(ind, "if %s.bridge_fn is None: %s" % (self.kname(snap), self.exit(snap)))
            else:
                # one call either way: the exit's maker until a bridge is attached
                # (hotloop.record_bridge), then the bridge (host compile time: the
                # exit tuple written out at every such guard was a third of the
                # source, and compiling a tenth of richards' time)
                snap.exit_fn = snap.bridge_go = maker
                fn = "bridge_go"
        e(ind, "x = %s.%s(f, st, t%s)" % (self.kname(snap), fn, args))
        if self.drain_mode:
            e(ind, "break")             # (see build_drain)
            return
        if self.root.kind == "step" or self.origin is not None:
            e(ind, "return x")          # (a bridge's bridge: to its caller, the loop)
            return
        e(ind, "if x.__class__ is not list: return x")
        hv = [h.name for h in self.root.header_vars]
        e(ind, "t, %s = x" % "".join(n + ", " for n in hv) if hv else "t = x[0]")
        e(ind, "x = None")
        e(ind, self.reenter or ("break" if self.root.preamble else "continue"))  # (see build)

    def exit_maker(self, snap, inputs, ndirect, rest):
        """The host function a guard's failure branch calls while it has no bridge
        (call_bridge): given the bridge's arguments, it returns the exit self.exit
        writes out, (index, t + ticks, values, None).  None when a value of the
        exit is not one of the arguments, a constant or the frame."""
        self.exit(snap)                 # (its number, owner, simple_pc)
        if snap.simple_pc >= 0 and self.root.kind != "step":
            # (it may be an inner loop's usual end, taken at every run of its
            # trace from an outer one, backend.run_loop: written out; a
            # generator step's exits never are)
            return None
        where = dict((id(v), i) for i, v in enumerate(inputs))
        template = self.exit_template(snap.values(), where)
        if template is None:
            return None
        return exit_maker(snap.index, snap.ticks, template, ndirect, rest, snap)

    def exit_template(self, values, where):
        """exit_maker's template of values (where: argument numbers by id);
        None if one cannot be in it.  (A method, not a recursive closure: that
        would be a reference cycle, host garbage the VM's gc.collect() counts.)"""
        out = []
        for v in values:
            if v is None:
                out.append((0, NULL))
            elif v in self.inline:
                return None
            elif v.isconst:
                # (named in the function's namespace too, where hide_classes
                # finds the classes its code keeps alive)
                self.k(v.const)
                out.append((0, v.const))
            elif v is ROOT:
                out.append((2, None))
            elif v.items is not None:
                sub = self.exit_template(v.items, where)
                if sub is None:
                    return None
                out.append((3, sub))
            elif id(v) in where:
                out.append((1, where[id(v)]))
            else:
                return None
        return tuple(out)

    def inline_bridge(self, snap, ind):
        """A generator step's bridge written into its guard's failure branch (a
        joined bridge: hotloop.Jit.join_step): the ops of its function up to
        its yield, in the step's own variables (a bridge is lowered in them: its
        inputs are the step's variables of the same names, its new values are
        numbered after the step's); at the yield, the references the
        function's frame would drop at its return are dropped first, in its
        variables' order (CPython clears a frame's locals in that order: GC
        timing).  In a drain (build_drain) the yield goes to the code after
        the loop as a bridge call's result does."""
        b = snap.bridge
        code = snap.bridge_fn.__code__
        self.clears.append([n for n in code.co_varnames[:code.co_nlocals]
                            if n not in _NOT_CLEARED and not (n[0] == "_" and n[1:].isdigit())])
        self.join_depth += 1
        self.ops(to_yield(b.ops), ind)
        self.join_depth -= 1
        self.clears.pop()

    def build_bridge(self):
        """The function of a bridge (self.trace) from self.origin's guard."""
        b = self.trace
        e = self.emit
        self.prologue()
        names = [v.name for v in bridge_inputs(self.origin, self.root)]
        if b.kind == "step" or b.yields:
            # it ends in the step's yield (a return), or in the yield of the
            # generator frame whose loop this is (the loop's function returns it)
            self.ops(to_yield(b.ops), 1)
        else:
            self.ops(b.ops, 1)
            e(1, "t += %d" % (self.origin.ticks + b.length))
            moved = dict(b.backedge)
            vals = [self.val(moved.get(h, h)) for h in self.root.header_vars]
            e(1, "return [t, %s]" % ", ".join(vals))
        # the values it starts from, then the Nones their callers' variables
        # became (see call_bridge)
        params, rest = bridge_args(names)[1:]
        head = "def %s(f, st, t%s):" % (self.name, "".join(", " + p for p in params))
        if rest:
            # (the values past the call's direct arguments came in a list)
            head += "\n    %s, = _L\n    _L = _L.clear()" % ", ".join(rest)
        return self.source(head)

    def guard_cond(self, op, a=None):
        """The failure condition of a guard op (None: not a guard)."""
        if not op.is_guard():
            return None
        n = op.name
        if a is None:
            a = [self.val(x) for x in op.args]
        if n == "guard_class":
            return ("%s.__class__ is not %s" % (a[0], self.cls(op.descr)))
        elif n == "guard_nonnull":
            return ("%s is NULL" % a[0])
        elif n == "guard_isnull":
            return ("%s is not NULL" % a[0])
        elif n == "guard_type":
            return ("%s.w_type is not %s" % (a[0], self.k(op.descr)))
        elif n == "guard_version":
            return ("%s.version != %d" % (self.k(op.descr[0]), op.descr[1]))
        elif n == "guard_global":
            g, name, w, builtin = op.descr
            if builtin:
                from refvm.interp.instructions import BUILTINS
                return ("%r in %s or %s.get(%r, NULL) is not %s" % (
                    name, self.k(g), self.k(BUILTINS), name, self.kname(w)))
            else:
                return ("%s.get(%r, NULL) is not %s" % (self.k(g), name, self.kname(w)))
        elif n == "guard_not_in_dict":
            return ("%r in %s.w_dict" % (op.descr, a[0]))
        elif n == "guard_code":
            return ("%s.code is not %s" % (a[0], self.k(op.descr)))
        elif n == "guard_globals":
            return ("%s.w_globals is not %s" % (a[0], self.k(op.descr)))
        elif n == "guard_names":
            return ("%s.locals_dict is not %s" % (a[0], self.k(op.descr)))
        elif n == "guard_true":
            return ("not %s" % a[0])
        elif n == "guard_false":
            return ("%s" % a[0])
        elif n == "guard_is":
            return ("%s is not None" % a[0])
        elif n == "guard_is_not":
            return ("%s is None" % a[0])
        elif n == "guard_depth":
            return ("D + %d > st.recursion_limit" % op.descr)
        elif n == "guard_no_breaker":
            return "st.breaker"
        elif n == "guard_nest":
            return "st.nest >= st.max_nest"
        elif n == "guard_len":
            return ("len(%s) != %d" % (a[0], op.descr))
        raise ValueError("backend: no condition for %s" % n)

    def cls(self, c):
        if c in (int, float, bool, str, list, tuple, dict):
            return c.__name__
        return self.k(c)

    def at_pc(self, op, ind):
        """Before a builtin's call that may run VM code: the loop's frame's pc
        where the run loop would have it (after the call), when the call is the
        loop frame's own (not an inlined callee's): a frame that code looks at
        (sys._getframe(n).f_lineno, a warning's line) shows it there, as the
        interpreter's does (loop.current_pc)."""
        exc = op.exc
        if exc is not None and len(exc.levels) == 1:
            self.emit(ind, "f.pc = %d" % exc.levels[0].pc)
        if self.root.kind == "step" or not self.virtual_calls():
            return
        # the frames of inlined calls this call is made from, for code it runs
        # that looks at them (interp.frame.virtual_frames reads _vs and the
        # values from this function's host frame: sys._getframe, f_back)
        if exc is not None and len(exc.levels) > 1:
            self.emit(ind, "_vs = %s" % self.k(exc))
        else:
            self.emit(ind, "_vs = None")

    def virtual_calls(self):
        """Does this code call, from an inlined frame, something that may run VM
        code?"""
        if self._virtual_calls is None:
            ops = self.trace.preamble + self.trace.ops
            self._virtual_calls = any(op.name in RUNS_VM_CODE and op.exc is not None and
                                      len(op.exc.levels) > 1 for op in ops)
            if self._virtual_calls and self.jit is not None:
                self.jit.names_virtual_calls = True     # (Frame.f_back looks for them now)
        return self._virtual_calls

    def raising(self, op, ind, line):
        if op.exc is None:
            self.emit(ind, line)
            return
        self.emit(ind, "try:")
        self.emit(ind + 1, line)
        self.emit(ind, "except BaseException as e:")
        self.emit(ind + 1, self.exit(op.exc, extra="e"))

    def or_leave_before(self, op, ind, line):
        """A host operation that may raise where the handler raises its own error:
        on any exception the trace leaves before the instruction (op.snap), and the
        interpreter runs it again."""
        self.emit(ind, "try:")
        self.emit(ind + 1, line)
        self.emit(ind, "except BaseException:")
        self.emit(ind + 1, self.exit(op.snap))

    def breaker(self, op, ind):
        """After an op that may run VM code: leave when a thread switch is due."""
        if op.effects and op.snap is not None:
            self.emit(ind, "if st.breaker: %s" % self.exit(op.snap))

    def generic(self, op, ind, a):
        e = self.emit
        handler, arg, level, expect, outs, name = op.descr
        F = a[0]
        fs = "S" if F == "f" else "%s.stack" % F
        if len(a) > 1:
            e(ind, "%s.extend((%s))" % (fs, "".join(x + ", " for x in a[1:])))
        if level:
            e(ind, "st.frame = %s" % F)
            e(ind, "st.depth = D + %d" % level)
        e(ind, "try:")
        e(ind + 1, "r = %s(%s, %s)" % (self.k(handler), F, self.k(arg)))
        e(ind, "except BaseException as e:")
        e(ind + 1, self.exit(op.exc, extra="e"))
        if level:
            e(ind, "st.frame = f")
            e(ind, "st.depth = D")
        outcome, target, callee = expect
        post = self.exit(op.snap, extra="r")
        if outcome == "next":
            e(ind, "if r is not None or st.breaker: %s" % post)
        elif outcome == "jump":
            e(ind, "if r != %d or st.breaker: %s" % (target, post))
        elif outcome == "call":
            e(ind, "if r.__class__ is not Frame or r.code is not %s or st.breaker: %s"
              % (self.k(callee), post))
            # the frame moves to its Value: `r` must not keep it (nor, so, the
            # instance an __init__ frame returns) alive past the Value's kill
            e(ind, "%s = r" % op.res.name)
            e(ind, "r = None")
        if outs:
            e(ind, "%s, = %s" % (", ".join(v.name for v in outs), fs))
            e(ind, "del %s[:]" % fs)

    def residual_call(self, op, ind, a):
        """A residual call (lowering.Lowerer._residual) through Jit.call_body, or
        the callee's compiled body called here as call_body calls it.  The
        callee gets the arguments whose last use this is as the run loop's CALL
        moves them into its frame: this code lets go of them as they are passed
        (`let_go(self.moved)`), so the callee drops them where the
        interpreter would (its frame holds the only reference)."""
        e = self.emit
        pc_after, code, names = op.descr
        e(ind, "f.pc = %d" % pc_after)      # (where the caller is, as the run loop sets it)
        info = self.jit.body_info(code)
        i1 = ind
        npos = len(a) - 1 - len(names)
        kw = "{%s}" % ", ".join("%r: %s" % (k, v) for k, v in zip(names, a[1 + npos:])) \
            if names else "None"
        if info is not None and code.fast_call and not names and npos == code.argcount:
            # the callee's compiled body, when it has one, called here as
            # Jit.call_body calls it (the frame the CALL handler makes, linked
            # to this one; run_frame's bookkeeping around the body)
            r = op.res.name
            e(ind, "c = %s.compiled" % self.kname(info))
            e(ind, "if c is not None and not st.breaker and st.depth < st.recursion_limit:")
            i2 = ind + 1
            pad = ["NULL"] * (code.nlocals - code.argcount)
            e(i2, "fr = Frame(%s, %s.w_globals, [%s], %s.closure, None, %s)" % (
                self.kname(code), a[0], ", ".join(a[1:] + pad), a[0], a[0]))
            for v in self.moved:
                e(i2, "%s = None" % v)          # (the frame holds them now: GC timing)
            for line in ("sv = st.frame", "d0 = st.depth", "st.nest += 1",
                         "st.depth = d0 + 1", "fr.back = f", "st.frame = fr", "try:",
                         "    x = c.fn(fr, st)", "except JitExit as e:", "    x = (e,)",
                         "st.nest -= 1", "st.depth = d0", "st.frame = sv",
                         "if x[0] == -2:", "    st.ticks += x[1]", "    %s = fr.retval" % r):
                e(i2, line)
            if self.jit.show_stats:
                e(i2 + 1, "%s.entries += 1" % self.kname(self.jit.stats))
            e(i2, "else:")
            self.raising(op, i2 + 1, "%s = %s(f, fr, %s, c, x, (x := None))" % (
                r, self.kname(self.jit.body_exited), self.kname(info)))
            e(i2, "fr = x = None")
            e(ind, "else:")
            i1 = ind + 1
        self.raising(op, i1, "%s = %s(f, %s, [%s], %s%s)" % (
            op.res.name, self.kname(self.jit.call_body), a[0], ", ".join(a[1:1 + npos]), kw,
            "".join(", " + x for x in let_go(self.moved))))
        # a thread switch became due in the callee: leave as its return (a
        # frame switch) would, where the run loop looks (the exit's int
        # `extra` makes the hook report a boundary)
        e(ind, "if st.breaker: %s" % self.exit(op.snap, extra="%d" % pc_after))

    def run_loop(self, op, ind, a):
        """An inner loop's own trace, run from this one.  Its usual end (the exit
        it took when this loop was recorded, with only the value stack to give
        back) is tested here; anything else goes through hotloop.Jit.inner_exit."""
        e = self.emit
        code, header, expected, outs, off = op.descr
        jit = self.jit
        info = jit.loop_info(code, header)
        if len(a) > 1:
            e(ind, "S.extend((%s))" % "".join(x + ", " for x in a[1:]))
        if self.moved:
            # the frame's stack has them now: a value the inner loop (or the code
            # its exit runs) drops dies there, not when this trace goes on (a
            # generator an inner loop left by `break` was closed after the
            # `print` that followed the loop; programs/inner_loop_stack_values.py)
            e(ind, "%s = None" % " = ".join(self.moved))
        unpack = "%s, = " % ", ".join(v.name for v in outs) if outs else ""
        e(ind, "c = %s.compiled" % self.kname(info))
        e(ind, "try:")
        e(ind + 1, "x = c.fn(f, st) if c is not None else None")
        e(ind, "except JitExit as e:")
        e(ind + 1, "e.ticks += t + %d" % off)
        e(ind + 1, "raise")
        if expected < 0:
            # a generator step's end: the loop's trace yields (a bridge of it
            # ends in the frame's yield), and so does the step; anything else is
            # the step's exit from where the loop left
            e(ind, "if x is not None and x[0] == -2:")
            e(ind + 1, "return (-2, t + %d + x[1], None, None)" % off)
            e(ind, "x = [x]")
            e(ind, "r, n = %s(%s, c, x, -1, f, st)" % (self.kname(jit.inner_exit), self.kname(info)))
            e(ind, "return (-1, t + %d + n, r, None)" % off)
            return
        e(ind, "if x is not None and x[3] is None and x[0] >= 0 and "
               "c.exits[x[0]].simple_pc == %d:" % expected)
        if jit.show_stats:          # (counted for --jit-stats only: once per inner run)
            e(ind + 1, "%s.inner_returns += 1" % self.kname(jit.stats))
        e(ind + 1, "t += x[1]")
        if outs:
            e(ind + 1, unpack + "x[2]")
        e(ind, "else:")
        e(ind + 1, "x = [x]")           # handed over: this variable lets go of the exit
        e(ind + 1, "r, n = %s(%s, c, x, %d, f, st)" % (
            self.kname(jit.inner_exit), self.kname(info), expected))
        e(ind + 1, "t += n")
        e(ind + 1, "if r is not True: return (-1, t + %d, r, None)" % off)
        if outs:
            e(ind + 1, unpack + "S")
            e(ind + 1, "del S[:]")
        e(ind, "x = None")

    def splice_step(self, op, ind, g):
        """gen_next of a generator whose frame resumes where a compiled step
        starts: Jit.next_of and the step's function written out here (their code,
        in their order, without the two calls and the step lookup).  The step's
        source is the step function's body with its variables renamed, its
        constants this function's, and each `return X` an assignment that leaves
        the one-trip loop around it; what it returned goes where next_of sends it
        (Jit.step_result).  Elsewhere (another pc, a step compiled again, a
        thread switch due ...) next_of itself.  A step that runs no VM code and
        reads no more of the VM thread's state than st.breaker (_lean) is spliced
        without next_of's bookkeeping of st.nest, st.depth and st.frame, which
        its bridges get around their calls.  False: no step to splice."""
        jit = self.jit
        key = op.descr
        if jit is None or key is None or op.exc is None or key[0] is self.root.code:
            return False
        info = jit.gen_steps.get(key)
        step = getattr(info, "compiled", None)     # (None for GIVEN_UP too)
        pre = "g%d_" % (self.splices + 1)
        body = step.splice(pre, self.kname) if step is not None else None
        if body is None:
            return False
        self.spliced.append(step)
        self.splices += 1
        e = self.emit
        gf = pre + "f"
        lean = body[2]
        fast = _fast_resume(body[0], pre, key[1], g, op.res.name) if lean else None
        e(ind, "%s = %s.frame" % (gf, g))
        e(ind, "if %s is not None and %s.pc == %d and %s.code is %s and %s.compiled is %s and "
               "not %s.running and %s.exc_state is None and not st.breaker and "
               "st.depth < st.recursion_limit and st.nest < st.max_nest%s:"
          % (gf, gf, key[1], gf, self.kname(key[0]), self.kname(info), self.kname(step),
             g, g, (" and %s.started and %s.yielded" % (g, gf)) if fast else ""))
        i1 = ind + 1
        if jit.show_stats:          # (counted for --jit-stats only)
            e(i1, "%s.spliced += 1" % self.kname(jit.stats))
        self._resume_entry(i1, g, gf, pre, lean, bool(fast))
        e(i1, "while True:")
        for line in fast or body[0]:
            e(i1 + 1, line)
        # the step function's return drops its variables (in their order), then
        # next_of's exit
        if body[1]:
            e(i1, "%s = None" % " = ".join(body[1]))
        self._resume_exit(op, ind, g, gf, pre, lean, info, self.kname(step), [], True,
                          bool(fast))
        return True

    def call_step(self, op, ind, g):
        """gen_next of a generator whose frame resumed where a step starts that
        is not spliced (it takes values from a generator itself, recursion
        included: nqueens' permutations; it is too long; its step is not compiled
        yet): Jit.next_of written out around a call of the step's function, read
        from its LoopInfo when the trace runs (a step compiled, thrown away or
        compiled again later is seen, and this trace names no step: it keeps
        none of its classes alive, Jit.hide_classes).  Elsewhere, next_of
        itself.  False: no LoopInfo (a step given up)."""
        jit = self.jit
        key = op.descr
        if jit is None or key is None or op.exc is None:
            return False
        info = jit.step_info(key)
        if info is None:
            return False
        self.splices += 1
        pre = "g%d_" % self.splices
        e = self.emit
        gf, gs, x = pre + "f", pre + "s", pre + "x"
        e(ind, "%s = %s.frame" % (gf, g))
        e(ind, "if %s is not None and %s.pc == %d and %s.code is %s and not %s.running and "
               "%s.exc_state is None and not st.breaker and st.depth < st.recursion_limit and "
               "st.nest < st.max_nest and (%s := %s.compiled) is not None:"
          % (gf, gf, key[1], gf, self.kname(key[0]), g, g, gs, self.kname(info)))
        i1 = ind + 1
        self._resume_entry(i1, g, gf, pre)
        e(i1, "try:")
        e(i1 + 1, "%s = %s.fn(%s, st)" % (x, gs, gf))
        e(i1, "except JitExit as %se:" % pre)
        e(i1 + 1, "%s = (%se,)" % (x, pre))
        self._resume_exit(op, ind, g, gf, pre, False, info, gs, [gs], False)
        return True

    def _resume_entry(self, i1, g, gf, pre, lean=False, fast=False):
        """Jit.next_of's entry written out for generator g (frame gf): the
        frame running, the thread's state its (lean: not, see _lean).  (fast:
        the frame stays as it was suspended while the step runs to its yield,
        _fast_resume; its other ways out do the rest, _resumed.)"""
        e = self.emit
        if fast:
            e(i1, "%s.running = True" % g)
            e(i1, "%s.back = None" % gf)
            return
        e(i1, "if %s.started: %s.stack.append(None)" % (g, gf))
        e(i1, "else: %s.started = True" % g)
        e(i1, "%s.running = True" % g)
        e(i1, "%s.yielded = False" % gf)
        e(i1, "%sc = st.exc_info" % pre)
        e(i1, "%s.back = None" % gf)
        if not lean:
            for line in _enter_frame(pre):
                e(i1, line)

    def _resume_exit(self, op, ind, g, gf, pre, lean, info, step, drop, spliced,
                     fast=False):
        """... and its exit, after the step (expression `step`) left <pre>x: the
        yielded value to op's result, or what Jit.step_result makes of the
        rest; then the `else:` of the test that led here, next_of itself.
        (fast: <pre>x None is _fast_resume's yield, the value in op's result.)"""
        e = self.emit
        jit = self.jit
        i1 = ind + 1
        r = op.res.name
        x = pre + "x"
        if not lean:
            for line in _leave_frame(pre):
                e(i1, line)
        if fast:
            e(i1, "if %s is None:" % x)
            if jit.show_stats:
                e(i1 + 1, "%s.entries += 1" % self.kname(jit.stats))
            e(i1 + 1, "%s.running = False" % g)
        e(i1, "%sif %s[0] == -2 and %s.yielded and st.exc_info is %sc:"
          % ("el" if fast else "", x, gf, pre))
        if jit.show_stats:
            e(i1 + 1, "%s.entries += 1" % self.kname(jit.stats))
        e(i1 + 1, "st.ticks += %s[1]" % x)
        e(i1 + 1, "%s.running = False" % g)
        e(i1 + 1, "%s = %s.retval" % (r, gf))
        e(i1 + 1, "%s.retval = None" % gf)     # (W_Generator._left: the caller's value now)
        e(i1, "else:")
        self.raising(op, i1 + 1, "%s = %s(%s, %s, st, %sc, %s, %s, %s, (%s := None))" % (
            r, self.kname(jit.step_result), g, gf, pre, self.kname(info), step, x, x))
        e(i1, "%s = None" % " = ".join([x, gf, pre + "c", pre + "sv"] + drop))
        e(ind, "else:")
        e(ind + 1, "%s = None" % gf)
        if jit.show_stats and spliced:
            e(ind + 1, "%s.not_spliced += 1" % self.kname(jit.stats))
        self.raising(op, ind + 1, "%s = %s(%s, st)" % (r, self.kname(jit.next_of), g))


HOST_NAMES = ("NULL", "Frame", "len", "next", "iter", "int", "float", "bool", "str", "list",
              "tuple", "dict", "slice", "range", "BaseException", "JitExit")
# (the words of generated source: every ASCII character that is not a word
# character becomes a space; no regular expression: `re` costs 4 ms to import,
# and most programs never need it, see _splice_parts)
_NOT_WORD = str.maketrans(dict.fromkeys(
    [chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")], " "))


def _enter_frame(pre):
    """Jit.next_of's thread-state bookkeeping around a generator's frame <pre>f
    (the frame it replaces saved in <pre>sv, the depth in <pre>d0) ..."""
    return ("%ssv = st.frame" % pre, "%sd0 = st.depth" % pre, "st.nest += 1",
            "st.depth = %sd0 + 1" % pre, "st.frame = %sf" % pre)


def _leave_frame(pre):
    """... and back."""
    return ("st.nest -= 1", "st.depth = %sd0" % pre, "st.frame = %ssv" % pre)


_RANGE_ITERATOR = type(iter(range(0)))


def _range_loop(t, moves):
    """(next op, iterator) when loop trace t starts by taking the next value of
    a loop-header variable that its preamble found to be a range iterator and
    that stays the same in the loop, then tests that value alone for the end
    (Emitter.build writes such a loop as a host for loop); else None."""
    ops = t.ops
    if len(ops) < 2 or ops[0].name != "next" or ops[0].exc is not None:
        return None
    nxt, end = ops[0], ops[1]
    h = nxt.args[0]
    if h not in t.header_vars or any(m is h for m, _ in moves):
        return None
    if end.name != "guard_nonnull" or end.args[0] is not nxt.res or \
            (len(ops) > 2 and ops[2].is_guard() and ops[2].snap is end.snap):
        return None
    if not any(o.name == "guard_class" and o.args[0] is h and o.descr is _RANGE_ITERATOR
               for o in t.preamble):
        return None
    return nxt, h


def _fusable(ops, i, j):
    """When ops[i:j] is a guard group testing only one value v: its class
    (bool), perhaps after its NULL test, and ops[j] alone (its own exit) tests
    v's truth (guard_false / guard_true); or only its NULL test, and ops[j] its
    `is None` (guard_is): the constant (False, True, None) v must be for both
    to pass, for the one test `v is not <it>`.  None otherwise."""
    if j >= len(ops) or not ops[j].is_guard() or \
            (j + 1 < len(ops) and ops[j + 1].is_guard() and ops[j + 1].snap is ops[j].snap):
        return None
    nxt = ops[j]
    v = nxt.args[0] if nxt.args else None
    if v is None or v.isconst or any(o.args[:1] != [v] for o in ops[i:j]):
        return None
    names = [o.name for o in ops[i:j]]
    if names[-1:] == ["guard_class"] and set(names[:-1]) <= {"guard_nonnull"} and \
            ops[j - 1].descr is bool and nxt.name in ("guard_true", "guard_false"):
        return "True" if nxt.name == "guard_true" else "False"
    if names == ["guard_nonnull"] and nxt.name == "guard_is":
        return "None"
    return None


def _slice_key_only(ops, i):
    """Is ops[i] (new_slice) only the key of the getitem or setitem right
    after it: in no other op and no exit's state (the subscript's exit on an
    exception is after it: the key is gone from the stack), and let go in
    these ops (so not a value the loop carries round)?  Its bounds must be
    known ints or None (their class, or a class guard before it in these ops):
    the slice then dies inside the subscript, before the kills that follow
    it, and nothing it holds has a finalizer to see that."""
    s = ops[i].res
    ints = set(o.args[0] for o in ops[:i] if o.name == "guard_class" and o.descr in SIMPLE)
    if i + 1 >= len(ops) or not all(
            x is not None and (x in ints or (x.const.__class__ if x.isconst else x.cls) in SIMPLE)
            for x in ops[i].args):
        return False
    use = ops[i + 1]
    if use.name not in ("getitem", "setitem") or use.args[1] is not s or \
            use.args.count(s) != 1:
        return False
    if use.effects and use.snap is not None and s in use.snap.refs():
        return False                # (its `st.breaker` exit is before it)
    killed = False
    for o in ops[i + 2:]:
        if o.name == "kill":
            killed = killed or o.args[0] is s
        elif s in o.args:
            return False
        for snap in (o.snap, o.exc):
            if snap is not None and s in snap.refs():
                return False
    return killed and (use.exc is None or s not in use.exc.refs())


def _class_tested_next(group, k):
    """Is group[k] a NULL test of a value whose next test in the group is of its
    class?  (That test fails for NULL too, and comes before anything that
    would read the value's attributes: the NULL test can go.)"""
    op = group[k]
    if op.name != "guard_nonnull":
        return False
    v = op.args[0]
    for o in group[k + 1:]:
        if any(a is v for a in o.args):
            return o.name == "guard_class" and o.args[0] is v
    return False


def _resumed(pre):
    """What next_of's entry does to a generator's frame <pre>f that a fast
    resumption (_fast_resume) leaves undone, done where it goes elsewhere than
    its yield: the frame's value stack emptied (the step's variables have the
    values), f.yielded false, the caller's exception state saved in <pre>c."""
    return "del %sS[:]; %sf.yielded = False; %sc = st.exc_info" % (pre, pre, pre)


def _fast_resume(lines, pre, pc, g, res):
    """A lean step's spliced body (CompiledLoop.splice) for resuming generator
    g, suspended at the step's start pc, with less of next_of's protocol on
    the path that ends in the same yield with the same values under it on the
    frame's stack (`for ...: yield ...`; once per value a loop or a drain takes
    from the generator, where the protocol was most of the time): the frame's
    value stack is read, not emptied and filled again; f.yielded, f.retval and
    f.pc are not written (they would get back the values they have); the value
    goes straight to `res`.  g.running is set around it as next_of sets it (a
    finalizer run by a value the step drops sees it running).  Every other way
    out (an exit, an exception, a bridge call) first does what next_of's entry
    did and this did not (_resumed), then goes on as the plain splice does.
    None when the body is not of that shape (another yield, the frame's stack
    or state used otherwise, a value under the yield changed)."""
    S, F, X = pre + "S", pre + "f", pre + "x"
    head = "%s = %s.stack" % (S, F)
    if head not in lines:
        return None
    k = lines.index(head)
    unpack = lines[k + 1] if k + 2 < len(lines) else ""
    if not unpack.endswith(", = " + S) or lines[k + 2] != "del %s[:]" % S:
        return None
    names = unpack[:-len(", = " + S)].split(", ")
    kept, sent = names[:-1], names[-1]      # (the value sent in is the last)
    out = lines[:k + 1]
    if kept:
        out.append("%s, = %s" % (", ".join(kept), S))
    out.append("%s = None" % sent)
    push = "%s.extend((%s))" % (S, "".join(n + ", " for n in kept))
    enter = "; ".join(_enter_frame(pre))
    resumed = _resumed(pre)
    rest = lines[k + 3:]
    j = 0
    yields = 0
    while j < len(rest):
        text = rest[j]
        body = text.lstrip()
        ws = text[:len(text) - len(body)]
        if body == push or (not kept and body.startswith(F + ".retval = ")):
            # a yield: [push,] retval, yielded, pc, clears..., the exit tuple
            n = 1 if kept else 0
            blk = [t[len(ws):] if t.startswith(ws) else "" for t in rest[j:j + n + 3]]
            if len(blk) < n + 3 or not blk[n].startswith(F + ".retval = ") or \
                    blk[n + 1] != F + ".yielded = True" or blk[n + 2] != "%s.pc = %d" % (F, pc):
                return None
            value = blk[n][len(F + ".retval = "):]
            m = j + n + 3
            clears = []
            while m < len(rest) and rest[m].startswith(ws) and rest[m].endswith(" = None") \
                    and not rest[m][len(ws):].startswith((" ", X + " ")):
                clears.append(rest[m])
                m += 1
            last = rest[m][len(ws):] if m < len(rest) and rest[m].startswith(ws) else ""
            lead = X + " = (-2, "
            if not (last.startswith(lead) and last.endswith(", None, None); break")):
                return None
            ticks = last[len(lead):-len(", None, None); break")]
            out.append("%s%s = %s" % (ws, res, value))
            out.extend(clears)
            out.append("%sst.ticks += %s; %s = None; break" % (ws, ticks, X))
            yields += 1
            j = m + 1
            continue
        j += 1
        if body == enter:
            out.append(ws + resumed)        # (a bridge runs as from next_of)
            out.append(text)
            continue
        words = _words(text)
        if body.startswith("if %s.w_globals is not " % F):
            words = _words(body.split(":", 1)[1])   # (lowering's entry test: reads no state)
        if S in words or (F in words and not _calls_bridge(text)) or \
                any(n in words and not _only_dropped(body, n) for n in kept):
            return None     # (the frame's stack or state used, a value under it changed)
        if (X + " = (") in text:
            if (X + " = (-2,") in text:
                return None                 # (another yield, or the generator's return)
            text = text.replace(X + " = (", resumed + "; " + X + " = (")
        out.append(text)
    return out if yields else None


def _only_dropped(line, name):
    """Does this line of generated code only ever set `name` to None (or not
    set it at all)?"""
    if (" %s = " % name) in " " + line:
        parts = line.split(" = ")
        if parts[-1] != "None" or not all(p.isidentifier() for p in parts[:-1]):
            return False
    return name + " := " not in line or _calls_bridge(line)


def _words(text):
    return set(text.translate(_NOT_WORD).split())


def to_yield(ops):
    """A generator step's ops up to its yield, or to the inner loop run whose
    trace ends in the yield (those after it only drop references, which
    returning does)."""
    k = max(i for i, op in enumerate(ops) if op.ends_step())
    return ops[:k + 1]


class CompiledLoop(object):
    drain_fn = None             # a generator step's loop form (build_drain), once
                                # asked for; False: it has none
    version = 0                 # compiled again in place (Jit.join_step): its drain's
                                # code leaves for the new one's
    joined = ()                 # the bridges (Traces) its code has (Emitter.inline_bridge)
    spliced = ()                # the steps whose code its code has (splice_step)

    def __init__(self, fn, exits, source, trace, classes=None, named=None):
        self.fn = fn
        self.exits = exits
        self.source = source
        self.trace = trace
        self.header_failures = 0
        self._body = None
        # the program's classes its code and its bridges' code name ({id: class}),
        # and the compiled steps they name (whose classes it keeps alive too):
        # Jit.hide_classes
        self.classes = classes if classes is not None else {}
        self.named = named if named is not None else []

    def may_grow(self, src):
        """May this step's code take the bridge of source src (Jit.join_step)?
        Not when that makes a step that is spliced now too long to splice."""
        if self.source.count("\n") + src.count("\n") <= SPLICE_MAX_LINES:
            return True
        if self._body is None:
            self._body = _splice_parts(self)
        return not self._body

    def splice(self, pre, kname):
        """A generator step's body for Emitter.splice_step, its variables
        prefixed with pre and its constants named by kname: (lines, variables
        to drop); None when it is not to be spliced (not a step, a loop or
        another splice inside, too long: _splice_parts)."""
        if self._body is None:
            self._body = _splice_parts(self)
        if not self._body:
            return None
        lines, names, consts, lean = self._body
        ren = dict((n, pre + n) for n in names)
        ren["st"] = "st"                # (the VM thread's state: the same)
        for n, w in consts.items():
            ren[n] = kname(w)
        out = []
        for text, toks in lines:
            # replace the names from the right (positions stay valid)
            for (col, end, name, is_return) in reversed(toks):
                new = ("%sx =" % pre) if is_return else ren.get(name, name)
                text = text[:col] + new + text[end:]
            if any(t[3] for t in toks):
                text += "; break"
            if lean and _calls_bridge(text):
                # a lean splice (Emitter.splice_step): the bridge runs with
                # next_of's bookkeeping around it
                ws = text[:len(text) - len(text.lstrip())]
                out.append(ws + "; ".join(_enter_frame(pre)))
                out.append(text)
                out.append(ws + "; ".join(_leave_frame(pre)))
                continue
            out.append(text)
        drop = [pre + n for n in names if n not in ("f", "st", "x")]
        return out, drop, lean


JOIN_DEPTH = 4              # bridges written into bridges written into ... a step
# a bridge function's variables that are the step's own, or not references
_NOT_CLEARED = frozenset(("f", "st", "t", "L", "S", "D", "x", "e", "_L"))

SPLICE_MAX_LINES = 160          # longer steps are called, not spliced (compile time)


_TOKEN = None       # (compiled on first use: see _NOT_WORD)
_TOKEN_RE = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\b[A-Za-z_]\w*\b"""


def _splice_parts(step):
    """The step function's body as (text, [(col, end, name, is `return`)]) per
    line, its variables (in the order the host frame holds them) and the
    constants its code names; False when it cannot or should not be spliced.
    (The source is this module's: names and string literals are all there is
    to tell apart, so a regular expression does; tokenize cost milliseconds.)"""
    if step.trace.kind != "step":
        return False
    ops = _all_ops(step)
    # (a step that itself takes values from a generator is not spliced: nqueens'
    # recursive generators ran 4% slower with it: their time is in the inner ones)
    if any(op.name in ("generic", "run_loop", "gen_next") for op in ops) or \
            "while True" in step.source:
        return False
    src_lines = step.source.splitlines()
    if len(src_lines) > SPLICE_MAX_LINES:
        return False
    code = step.fn.__code__
    names = list(code.co_varnames)
    if names[:2] != ["f", "st"]:
        return False
    global _TOKEN
    if _TOKEN is None:
        import re
        _TOKEN = re.compile(_TOKEN_RE)
    g = step.fn.__globals__
    rename = set(names)
    consts = {}
    lines = []
    returns = False
    for text in src_lines[1:]:              # (after the def line)
        if not text.startswith("    "):
            return False
        text = text[4:]
        toks = []
        for m in _TOKEN.finditer(text):
            name = m.group()
            if name[0] in "'\"" or (m.start() and text[m.start() - 1] == "."):
                continue                    # a string, an attribute's name
            if name == "return":
                toks.append((m.start(), m.end(), name, True))
                returns = True
            elif name in rename:
                toks.append((m.start(), m.end(), name, False))
            elif name in g and name not in ("NULL", "Frame", "JitExit", "__builtins__"):
                consts[name] = g[name]
                toks.append((m.start(), m.end(), name, False))
        lines.append((text, toks))
    if not returns:
        return False
    return lines, names, consts, _lean(step, lines)


def _all_ops(step):
    """The ops of a step's code: its trace's and its joined bridges'."""
    t = step.trace
    return t.preamble + t.ops + [op for b in step.joined for op in b.ops]


def _calls_bridge(text):
    """A line of a step's source that calls a guard's bridge, or the maker of
    its exit while it has none (not the test before it)."""
    return (".bridge_fn(" in text or ".bridge_go(" in text) and \
        not text.lstrip().startswith("if ")


EXIT_COMPILE_AFTER = 2      # calls of an exit's maker before it is compiled (exit_maker)


def exit_maker(index, ticks, template, ndirect, rest, snap):
    """What Emitter.exit_maker returns: a function of a guard's bridge
    arguments (f, st, t, then ndirect values, a list of more if rest, then the
    Nones of let_go) making its exit.  template: one (kind, x) per value of the
    exit, kind 0 a constant x, 1 the argument numbered x, 2 the frame f, 3 a
    tuple of template x.  Most exits are never taken, and compiling their
    tuples cost more than the calls do; some are taken all the time (the end
    of an inner loop's trace): at its EXIT_COMPILE_AFTER-th call the maker is
    replaced by a host function building the tuple from its parameters, in the
    snapshot (still without a bridge) that calls it.  (It names the snapshot
    weakly, and not itself: no reference cycle, host garbage the VM's
    gc.collect() would count.)"""
    ref = _weakref.ref(snap)
    calls = [0]

    def go(f, st, t, *args):
        calls[0] += 1
        if calls[0] == EXIT_COMPILE_AFTER:
            s = ref()
            if s is not None and s.bridge_go is s.exit_fn and s.bridge_fn is None:
                s.exit_fn = s.bridge_go = _compile_exit(index, ticks, template, ndirect, rest)
        ins = args[:ndirect] + tuple(args[ndirect]) if rest else args
        return (index, t + ticks, _fill(template, f, ins), None)
    return go


def _fill(template, f, ins):
    return tuple(x if k == 0 else ins[x] if k == 1 else f if k == 2 else _fill(x, f, ins)
                 for k, x in template)


def _compile_exit(index, ticks, template, ndirect, rest):
    """exit_maker's function compiled: `def go(f, st, t, a0, a1, *_): return
    (index, t + ticks, (a1, c0, (a0, ), ), None)`."""
    ns = {}
    params = ["a%d" % i for i in range(ndirect)] + (["_L"] if rest else [])
    src = "def go(f, st, t, %s*_): return (%d, t + %d, %s, None)" % (
        "".join(p + ", " for p in params), index, ticks, _exit_expr(template, ndirect, ns))
    exec(compile(src, "<jit exit %d>" % index, "exec"), ns)
    return ns["go"]


def _exit_expr(template, ndirect, ns):
    parts = []
    for k, x in template:
        if k == 0:
            name = "c%d" % len(ns)
            ns[name] = x
            parts.append(name)
        elif k == 1:
            parts.append("a%d" % x if x < ndirect else "_L[%d]" % (x - ndirect))
        elif k == 2:
            parts.append("f")
        else:
            parts.append(_exit_expr(x, ndirect, ns))
    return "(" + "".join(p + ", " for p in parts) + ")"


def _lean(step, lines):
    """A step that runs no VM code (no op with effects) and reads of the VM
    thread's state only st.breaker, apart from its bridge calls: spliced
    without next_of's bookkeeping of st.nest, st.depth and st.frame (nothing
    in it reads them), which its bridges get around their calls instead."""
    if any(op.effects and op.name != "yield_value" for op in _all_ops(step)):
        return False        # (the yield's effects are on the generator's own frame)
    for text, toks in lines:
        bridge_call = _calls_bridge(text)
        for (col, _end, name, _) in toks:
            if name == "st" and not bridge_call and not text.startswith("st.breaker", col):
                return False
    return True


def new_function(w_globals, code, qualname, closure, annotations, kwdefaults, defaults):
    """MAKE_FUNCTION's function object (None: the part is absent)."""
    w_f = W_Function(code, w_globals, code.name, qualname, defaults, kwdefaults, closure)
    w_f.annotations = annotations
    return w_f


LET_GO_CHUNK = 100     # (nested walruses per argument: the host parser allows 200)
CALL_ARGS = 30         # CPython 3.11 compiles a call with more arguments than this as
                       # f(*tuple): the tuple would hold the values during the call


def let_go(names):
    """Arguments that set each variable named to None once evaluated, after the
    values passed before them: `(a := (b := (c := None)))`, one per LET_GO_CHUNK
    names.  No value dies there (the call's arguments hold them), so the bridge's frame
    gets the only references (call_bridge); one nested expression rather than
    `(a := None), (b := None), ...` keeps guard-failure code, most of a bridge's
    source, shorter to compile."""
    out = []
    for i in range(0, len(names), LET_GO_CHUNK):
        x = "None"
        for n in reversed(names[i:i + LET_GO_CHUNK]):
            x = "(%s := %s)" % (n, x)
        out.append(x)
    return out


def bridge_args(names):
    """How a bridge with inputs `names` is called: (the call's arguments after
    f, st, t; the bridge's parameters after f, st, t; the names it unpacks from
    the list parameter _L).  At most CALL_ARGS arguments in all, so that the
    host calls it with a plain call, which moves the arguments into the callee's
    frame: past that, the last values go in one list the bridge empties."""
    drops = let_go(names)
    room = CALL_ARGS - 3 - len(drops)
    if len(names) <= room:
        direct, rest = names, []
        args = names + drops
    else:
        direct, rest = names[:room - 1], names[room - 1:]
        args = direct + ["[%s]" % ", ".join(rest)] + drops
    params = direct + (["_L"] if rest else []) + ["_%d" % i for i in range(len(drops))]
    return args, params, rest


def bridge_inputs(snap, root):
    """The Values a bridge from snap may start from, each once: the snapshot's
    values (the items of virtual tuples), the loop frame's known locals and the
    loop-header variables.  The guard's code hands them over in this order."""
    out = []
    seen = set()
    todo = list(snap.values()) + [v for v in (snap.known_locals or ()) if v is not None] + \
        list(root.header_vars)
    todo.reverse()
    while todo:
        v = todo.pop()
        if v.isconst or v is ROOT or id(v) in seen:
            continue
        seen.add(id(v))
        if v.items is not None:
            todo.extend(reversed(v.items))
            continue
        out.append(v)
    return out


def _moved_args(ops, i):
    """The variables of residual_call (or run_loop) ops[i]'s arguments whose kill
    follows it at once (their last use) and that none of its exits keeps."""
    op = ops[i]
    keep = set()
    for snap in (op.snap, op.exc):
        if snap is not None:
            keep.update(snap.refs())
    args = set(v for v in op.args[1:] if not v.isconst and v.items is None)
    out = []
    j = i + 1
    while j < len(ops) and ops[j].name == "kill":
        v = ops[j].args[0]
        if v in args and v not in keep and v.name not in out:
            out.append(v.name)
        j += 1
    return out


def program_classes(consts):
    """({id: class} of the program's classes (not builtin types) among a trace's
    constants, [the compiled steps (CompiledLoop) among them])."""
    classes = {}
    named = []
    for w in consts:
        if w.__class__ is CompiledLoop:
            named.append(w)
        elif isinstance(w, W_Type) and not w.is_builtin:
            classes[id(w)] = w
    return classes, named


def _compile(em, src, name):
    ns = {"NULL": NULL, "Frame": Frame, "JitExit": JitExit}
    for cname, w in em.consts.values():
        ns[cname] = w
    em.classes, em.named = program_classes(ns.values())
    try:
        code = compile(src, "<jit %s>" % name, "exec")
    except (SyntaxError, RecursionError, MemoryError, SystemError) as e:
        # the host compiler's own limits
        from refvm.jit.lowering import Unsupported
        raise Unsupported("the host cannot compile the trace: %s" % e) from None
    exec(code, ns)
    return ns[name]


def compile_trace(trace, name="loop", jit=None, exits=None, joined=()):
    """A loop's (or generator step's) function; exits: the loop's exit list when it
    is compiled again (a bridge was added to one of its guards); joined: a
    step's bridges (Traces) written into their guards' code (Jit.join_step)."""
    em = Emitter(trace, name, jit, exits, joined=joined)
    src = em.build()
    loop = CompiledLoop(_compile(em, src, name), em.exits, src, trace, em.classes, em.named)
    if joined:
        loop.joined = list(joined)
    loop.spliced = em.spliced
    return loop


def compile_drain(step, name, jit):
    """The loop form of the compiled generator step `step` (build_drain), or
    False; it shares the step's exits (and so their bridges)."""
    em = Emitter(step.trace, name, jit, step.exits, joined=step.joined)
    em.drain_of = step
    src = em.build_drain()
    if src is None:
        return False
    step.drain_source = src
    fn = _compile(em, src, name)
    step.classes.update(em.classes)
    step.named.extend(em.named)
    return fn


def compile_bridge(bridge, origin, root, name, jit, exits):
    """The function of a bridge from the guard of Snapshot origin (of the loop
    whose Trace is root, exit list exits): (function, source)."""
    em = Emitter(bridge, name, jit, exits, origin, root)
    bridge.origin = origin
    src = em.build_bridge()
    fn = _compile(em, src, name)
    bridge.classes, bridge.named = em.classes, em.named     # (the loop's CompiledLoop
                                                            # takes them: record_bridge)
    return fn, src
