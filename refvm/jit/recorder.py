"""The recorder: run the interpreter normally and log what each instruction saw.

It is the run loop of interp/loop.py with a log: the same handlers from the
instruction table execute the program (so recording is never a second
semantics), and for each executed instruction a Step keeps the opcode, the
decoded argument, the classes of the frame's value stack and locals before it
ran (and the identity of function / type / builtin values, which traces guard
on), where control went (branch direction, a called frame, a return) and the
stack afterwards.  Calls are followed: a handler returning a new Frame makes
the recorder continue inside it (inlining), RETURN goes back to the caller.

Recording stops with success when the root frame jumps back to the loop
header; it aborts (the interpreter simply continues from where the recorder
is) on a root-frame return or yield, a generator yield, an exception, a call
of a frame-introspecting builtin, or when the trace grows past MAX_STEPS.
"""
from refvm.errors import VMError
from refvm.objects.model import W_Type, W_Instance, NULL
from refvm.objects.functions import W_Function, W_BuiltinFunction, W_MethodDescr
from refvm.interp.frame import Frame
from refvm.objects.generator import W_Generator
from refvm.interp.instructions import INSTRUCTIONS, RETURN, YIELD, decode
from refvm.interp.loop import recursion_error, raise_init_result, run_frame
from refvm.jit import JitExit
from refvm.jit.ir import short_repr

MAX_STEPS = 3000            # instructions per trace before recording aborts
MAX_UNROLL = 8              # iterations of loops in called functions a trace unrolls
MAX_STEP_LOOPS = 4          # backward jumps a generator step may take (it is not a loop)
MAX_LEVELS = 24             # calls inlined inside each other (recursion is not unrolled:
                            # every exit would copy each level's state)

CONSTABLE = (W_Type, W_BuiltinFunction, W_MethodDescr)

# instructions that end recording before they run when they would leave the root
# frame (the run loop must handle them), and anywhere for yields
ROOT_STOP = frozenset(["RETURN_VALUE", "RETURN_CONST", "YIELD_VALUE", "YIELD_FROM"])
YIELDS = frozenset(["YIELD_VALUE", "YIELD_FROM"])
# where a generator step ends (having run): its frame yields or returns
STEP_ENDS = frozenset(["YIELD_VALUE", "RETURN_VALUE", "RETURN_CONST"])

# calls a trace may make residual (Jit.residual_sites): the callee's frame run by
# the interpreter, not recorded (see record)
RESIDUAL_CALLS = frozenset(["CALL_FUNCTION", "CALL_METHOD", "CALL_FUNCTION_KW"])

# builtins that read their caller's frame: a trace keeps locals in host
# variables and inlined frames virtual, so loops calling these are not traced
INTROSPECTING = frozenset(["locals", "vars", "dir", "super", "eval", "exec", "globals",
                           "_getframe"])


NAME_OPS = frozenset(["LOAD_NAME", "STORE_NAME"])


class Step(object):
    """One executed instruction."""
    __slots__ = ("level", "code", "pc", "ins", "arg", "stack", "locals", "outcome",
                 "target", "callee", "after", "depth_after", "init_obj", "callee_globals",
                 "callee_ndefaults")

    def describe(self):
        cls = lambda c: c[0].__name__ if c[0] is not None else "?"
        return "%s%4d %-28s %-24s stack=[%s]" % (
            "  " * self.level, self.pc, self.ins.name, _short(self.arg),
            ", ".join(cls(c) for c in self.stack[-4:]), )


def _short(arg):
    s = short_repr(arg)
    return s if len(s) <= 24 else s[:21] + "..."


def _observe(w):
    """(class, identity info): types and builtins themselves (long-lived), the
    code object of a VM function (never the function: a recording must not keep
    a short-lived closure, and what it holds, alive)."""
    if w is None:
        return (type(None), None)
    c = w.__class__
    if c is W_Function:
        return (c, w.code)
    if c is W_Generator:
        # where its frame resumes (the step a trace's FOR_ITER may splice in)
        f = w.frame
        return (c, (f.code, f.pc) if f is not None else None)
    if isinstance(w, W_Instance):
        return (c, w.w_type)
    return (c, w if c in CONSTABLE else None)


class _RunLoop(object):
    """The pseudo-instruction of a recording that ran an inner loop's trace."""
    name = "RUN_LOOP"
    argkind = None


RUN_LOOP = _RunLoop()


class Recording(object):
    jit = None
    stop_after_switch = False
    # a generator step: from a resumption point of a generator's frame to its
    # next YIELD_VALUE (which ends the recording, having run); backward jumps of
    # the generator's frame are ordinary jumps, up to MAX_STEP_LOOPS of them
    gen_step = False
    # a function's body (hotloop.Jit.function_step): a step from its first
    # instruction to its return, in which inner loops with traces run (RUN_LOOP),
    # loops without one end the recording (they are traced first), and calls of
    # the function itself are residual (recursion runs compiled bodies)
    func_step = False
    dropped = False             # a class it observed died in a collection (hotloop.Jit.
                                # hide_classes): it ends at its next instruction
    yielded = False             # a generator step's recording ended in its frame's
                                # yield or return (f.retval is set; f.yielded tells which)
    # a bridge of a loop in a generator's frame: it may end at the frame's
    # YIELD_VALUE (having run it) as well as at the loop's header
    yield_ends = False
    back_jumps = 0
    unrolled = 0                # iterations of called functions' loops unrolled
    # (code, header) of the loop whose backward jump (not this loop's) ended
    # the recording in the root frame: an inner loop not compiled yet, or an
    # outer one (this loop's trip ended while it was recorded)
    other_loop = None
    # (code, pc) of the root frame's call that led into the loop that ended the
    # recording ("inner loop" in a called function): a residual call site
    residual_site = None

    @property
    def may_make_residual(self):
        """Loops and function bodies make residual calls (generator steps not)."""
        return self.func_step or not self.gen_step

    def __init__(self, root, header):
        self.root = root
        self.header = header
        self.steps = []
        self.ok = False
        self.reason = None


def _run_loop_step(code, header, target, before, stack):
    """The RUN_LOOP step of an inner loop's trace that ran from `header` (the
    value stack `before` observed) and left at `target` with `stack`, or (target
    -1, stack None) ended in the generator frame's yield."""
    p = Step()
    p.level = 0
    p.code = code
    p.pc = header
    p.ins = RUN_LOOP
    p.arg = (code, header, target)
    p.stack = before
    p.locals = []
    p.outcome = "run_loop"
    p.target = target
    p.callee = None
    p.init_obj = False
    p.after = _observe(stack[-1]) if stack else (None, None)
    p.depth_after = len(stack) if stack is not None else 0
    return p


def record(st, rec, frames, pc, max_steps=MAX_STEPS, stop_at=None):
    """Record from frames[-1] at pc until the root frame jumps back to the header.

    frames: the live frames, root first (a bridge may start inside an inlined
    callee).  Returns (frame, pc, ticks): where the interpreter continues.
    stop_at(level, code, pc) may end a recording early (bridges end where the
    loop trace's header is reached)."""
    f = frames[-1]
    level = len(frames) - 1
    header = rec.header
    steps = rec.steps
    instrs = f.code.instrs or decode(f.code)
    ticks = 0
    while True:
        h, arg = instrs[pc]
        code = f.code
        ins = INSTRUCTIONS[code.ops[pc]]
        name = ins.name
        if name in YIELDS or (level == 0 and name in ROOT_STOP):
            if not (rec.gen_step and level == 0 and name in STEP_ENDS) and \
                    not (rec.yield_ends and level == 0 and name == "YIELD_VALUE"):
                rec.reason = "leaves the loop's frame (%s)" % name
                break
        if len(steps) >= max_steps:
            rec.reason = "trace too long"
            _mark_residual(rec, frames, level)
            break
        s = Step()
        s.level = level
        s.code = code
        s.pc = pc
        s.ins = ins
        s.arg = arg
        s.stack = [_observe(w) for w in f.stack]
        s.locals = [_observe(w) for w in f.locals] if f.locals is not None else []
        s.outcome = None
        s.target = None
        s.callee = None
        s.init_obj = False
        if name in NAME_OPS and f.locals_dict is f.w_globals:
            # (module-level code, whose names are its globals: for a *_NAME
            # instruction, lowering's fast forms read this)
            s.callee_globals = f.w_globals
        if name.startswith("CALL"):
            why = _introspecting_call(f.stack, name, arg)
            if why:
                rec.reason = "calls %s()" % why
                break
        pc += 1
        residual = False
        try:
            r = h(f, arg)
            if r.__class__ is Frame and level == 0 and rec.jit is not None and \
                    ((code, pc - 1) in rec.jit.residual_sites or
                     (rec.func_step and r.code is rec.root.code)) and \
                    rec.may_make_residual and name in RESIDUAL_CALLS and r.init_obj is NULL and st.nest < st.max_nest \
                    and _callee_class(s.stack, name, arg) is W_Function:
                # a residual call: a function with a loop of its own, called from
                # the loop's frame (its loop would end every recording that
                # followed the call: hotloop.Jit.record).  The interpreter runs
                # it, its loop in its own trace; the trace records the call as
                # one operation (lowering.Lowerer._residual)
                s.callee = r.code
                s.callee_globals = r.w_globals
                f.pc = pc
                st.frame = f
                residual = True
                w = run_frame(r, NULL, None, f)
                r = None            # (the frame is done: GC timing, as in the run loop)
                f.stack.append(w)
                w = None
        except BaseException as e:
            f.pc = pc
            st.frame = f
            rec.reason = "raised %s" % type(e).__name__
            raise JitExit(e.with_traceback(None), ticks + residual)  # (see deopt.resume)
        ticks += 1
        steps.append(s)
        s.after = _observe(f.stack[-1]) if f.stack else (None, None)
        s.depth_after = len(f.stack)
        if rec.dropped:
            # a class the recording observed died in a collection this instruction
            # ran (hotloop.Jit.hide_classes): stop after it, finishing a frame switch
            rec.reason = "a class it observed died in a collection"
            if r is None:
                break
            if r.__class__ is int:
                pc = r
                break
            rec.stop_after_switch = True
        if st.breaker:
            # a thread was started: from here the scheduler counts instructions;
            # stop where the interpreter would notice (a jump or a frame switch)
            rec.reason = "thread switch due"
            if residual and rec.jit is not None:
                rec.jit.at_boundary = True      # (the callee's return: a frame switch)
            if r is None:
                break
            if r.__class__ is int:
                pc = r
                if rec.jit is not None:
                    rec.jit.at_boundary = True
                break
            # a call or return: finish the frame switch below, then stop
            rec.stop_after_switch = True
        if r is None:
            s.outcome = "residual" if residual else "next"
            continue
        if r.__class__ is int:
            s.outcome = "jump"
            s.target = r
            if level == 0 and r == header and r < pc:
                rec.ok = True
                pc = r
                break
            if r < pc and level == 0 and rec.gen_step and not rec.func_step and \
                    (rec.jit is None or rec.jit.compiled_at(code, r) is None):
                rec.back_jumps += 1
                if rec.back_jumps > MAX_STEP_LOOPS:
                    rec.reason = "generator step loops without yielding"
                    pc = r
                    break
                pc = r
                continue
            if r < header and level == 0:
                # an outer loop's backward jump: this loop ended while it was
                # recorded (running the outer loop's trace from here would nest
                # the outer loop inside its own inner one)
                rec.reason = "left the loop"
                rec.other_loop = (code, r)
                pc = r
                break
            if r < pc and level == 0 and rec.jit is not None and \
                    rec.jit.compiled_at(code, r) is not None:
                # an inner loop with its own trace: run it, and record that it ran
                before = [_observe(w) for w in f.stack]
                fr, pc2, n = rec.jit.loop_header(st, f, r, 0)
                ticks += n
                if pc2 < 0:
                    # its trace ended in the generator frame's yield (a bridge
                    # of a loop in a generator: hotloop.Jit.run): the run loop
                    # returns the value.  A generator step's recording ends
                    # there: the step runs the loop's trace to the yield
                    rec.yielded = True
                    if rec.gen_step and not rec.func_step:
                        steps.append(_run_loop_step(code, r, -1, before, None))
                        rec.ok = not rec.dropped
                    else:
                        rec.reason = "the generator yielded in an inner loop's trace"
                    return fr, pc2, ticks
                if fr is not f:
                    rec.reason = "inner loop left its frame"
                    return fr, pc2, ticks
                steps.append(_run_loop_step(code, r, pc2, before, f.stack))
                pc = pc2
                if rec.dropped:
                    # (a collection the inner loop ran emptied the recording)
                    rec.reason = "a class it observed died in a collection"
                    break
                continue
            if r < pc and level == 0 and rec.unrolled < MAX_UNROLL and rec.jit is not None \
                    and rec.jit.unrolled_loop(code, r):
                # an inner loop that runs once per iteration of this one (its own
                # recordings kept reaching its end: hotloop.ONCE_AFTER): unrolled,
                # as a short loop in a called function is
                rec.unrolled += 1
                pc = r
                continue
            if r < pc and level > 0 and rec.unrolled < MAX_UNROLL:
                # a short loop in a called function (`for i in range(4)`): unrolled
                # into the trace, each iteration's exit a guard (a different trip
                # count leaves there, or takes a bridge)
                rec.unrolled += 1
                pc = r
                continue
            if r < pc:
                # an inner loop (or a long loop in a called function) gets its own
                # trace; unrolling it here would specialize this trace to its trip count
                rec.reason = "inner loop"
                rec.other_loop = (code, r) if level == 0 else None
                _mark_residual(rec, frames, level)
                pc = r
                break
            pc = r
            if stop_at is not None and stop_at(level, code, pc):
                rec.ok = True
                break
            continue
        f.pc = pc
        if r.__class__ is Frame:
            s.outcome = "call"
            s.callee = r.code
            s.callee_globals = r.w_globals
            # (no local for the function: it would outlive its call, and keep
            # what it holds alive, until the next call the recording follows)
            s.callee_ndefaults = len(r.w_func.defaults or ()) if r.w_func is not None else -1
            s.init_obj = r.init_obj is not NULL
            if level >= MAX_LEVELS:
                rec.reason = "calls nested too deep"
                rec.stop_after_switch = True
                _mark_residual(rec, frames, level)
            if st.depth >= st.recursion_limit:
                rec.reason = "recursion limit"
                try:
                    raise recursion_error()
                except VMError as e:
                    st.frame = f
                    raise JitExit(e, ticks)
            st.depth += 1
            r.back = f
            frames.append(r)
            f = r
            level += 1
        elif r is RETURN and level == 0:
            # (only a generator step gets here: ROOT_STOP) the generator returns;
            # the run loop returns f.retval as for a yield, and f.yielded is False
            s.outcome = "return"
            rec.ok = not rec.dropped    # (its steps are gone: see above)
            rec.yielded = True
            return f, pc, ticks
        elif r is RETURN:
            s.outcome = "return"
            st.depth -= 1
            w_ret = f.retval
            if f.init_obj is not NULL:
                if w_ret is not None:
                    rec.reason = "__init__ returned a value"
                    try:
                        raise_init_result(w_ret)
                    except VMError as e:
                        st.frame = f
                        raise JitExit(e, ticks)
                w_ret = f.init_obj
            frames.pop()
            f = frames[-1]
            f.stack.append(w_ret)
            level -= 1
            s.after = _observe(w_ret)
            w_ret = None        # GC: as in the run loop, this local must not keep the value alive
        elif r is YIELD and level == 0 and (rec.gen_step or rec.yield_ends):
            s.outcome = "yield"
            rec.ok = not rec.dropped
            rec.yielded = True
            return f, pc, ticks
        else:
            rec.reason = "unexpected control transfer"
            pc = f.pc
            break
        st.frame = f
        pc = f.pc
        instrs = f.code.instrs or decode(f.code)
        if rec.stop_after_switch:
            rec.ok = False
            if rec.jit is not None:
                rec.jit.at_boundary = True
            break
        if stop_at is not None and stop_at(level, f.code, pc):
            rec.ok = True
            break
    f.pc = pc
    st.frame = f
    # the frames list is left as the live chain; the caller resumes at (f, pc)
    return f, pc, ticks


def _mark_residual(rec, frames, level):
    """The recording ends inside a call the loop's frame made (a loop longer than
    a trace unrolls, recursion deeper than MAX_LEVELS, too many instructions):
    that call is to be residual (hotloop.Jit.record), when it is a call the
    lowering can make so."""
    if level > 0 and rec.may_make_residual:
        root = frames[0]
        call_pc = root.pc - 1
        if INSTRUCTIONS[root.code.ops[call_pc]].name in RESIDUAL_CALLS:
            rec.residual_site = (root.code, call_pc)


def _callee_class(stack, name, n):
    """The observed class of what a CALL_FUNCTION / CALL_METHOD /
    CALL_FUNCTION_KW instruction calls (a residual call guards it is a
    W_Function: a bound method or a class would fail that guard every time)."""
    k = n + 1 if name == "CALL_FUNCTION" else n + 2
    if len(stack) < k:
        return None
    c = stack[-k][0]
    if name == "CALL_METHOD" and c is not W_Function:
        c = stack[-k + 1][0]        # (NULL, callable): LOAD_METHOD found an attribute
    return c


def _introspecting_call(stack, name, n):
    """The name of a frame-introspecting builtin this call instruction calls, if any."""
    cands = []
    if name == "CALL_FUNCTION" and len(stack) > n:
        cands.append(stack[-n - 1])
    elif name == "CALL_METHOD" and len(stack) > n + 1:
        cands.extend((stack[-n - 2], stack[-n - 1]))
    elif name == "CALL_FUNCTION_KW":
        cands.extend(stack[-n - 2:-1] if len(stack) > n + 1 else stack)
    elif name == "CALL_FUNCTION_EX":
        cands.extend(stack[-3:])
    for w in cands:
        if w.__class__ is W_BuiltinFunction and w.name in INTROSPECTING:
            return w.name
    return None
