"""The run loop: fetch an instruction, call its handler, switch frames.

Python-to-Python calls do not recurse on the host: CALL_* handlers return the
new frame and the loop switches to it; RETURN_VALUE switches back.  Host code
that calls a VM function (operator dispatch, builtins, generators) runs a
nested loop through `call_function`; `state.MAX_NEST` bounds that nesting.

A handler returns None to continue, a Frame to enter, or RETURN / YIELD.
"""
import sys as _hostsys

from refvm.errors import VMError, Unsupported
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL
from refvm.objects.functions import HOST_CONVERTIBLE
from refvm.interp import state as _state
from refvm.interp.frame import Frame, make_frame
from refvm.interp.instructions import RETURN, YIELD, YIELD_AGAIN, decode, HANDLERS
from refvm.interp import traceback as tb
from refvm import jit as _jit
from refvm.jit import JitExit


def current_frame():
    return _state.state.frame


def call_function(w_func, args, kwargs):
    """Call a VM function from host code (nested loop); generators are created."""
    f = make_frame(w_func, args, kwargs)
    if f.code.is_generator:
        from refvm.objects.generator import W_Generator
        return W_Generator(f)
    return run_frame(f)


def recursion_error():
    return space.oefmt(E.w_RecursionError, "maximum recursion depth exceeded")


def run_frame(entry, w_throw=NULL, pending=None, back=None):
    """Run `entry` (and the frames it calls) until it returns or yields.

    With w_throw, first raise that exception at the frame's current point
    (generator.throw).  pending: the JIT ran the generator frame's compiled step
    and it did not end in its yield (hotloop.Jit.resume_generator): its exit is
    turned into interpreter state first.  back: the frame `entry` is linked to
    (a trace's residual call, jit/hotloop.Jit.call_body), as the run loop links
    a called frame; None for host callers."""
    st = _state.state
    if st.depth >= st.recursion_limit or st.nest >= st.max_nest:
        raise recursion_error()
    saved_frame = st.frame
    st.nest += 1
    st.depth += 1
    f = entry
    f.back = back
    if back is None:
        # called by host code (a special method an instruction runs, a builtin's
        # callback, a generator's next()): while it runs, its f_back is the frame
        # that was running, as on CPython, whose C functions make no frame
        f.caller = saved_frame
    st.frame = f
    try:
        if w_throw is not NULL:
            f = _unwind(st, f, entry, VMError(w_throw))
        # a generator's frame resumed by next()/send(), not re-entered after an
        # exception was caught in it: the JIT may run its compiled step
        resumed = entry.gen_owned and w_throw is NULL and (pending is not None or not st.breaker)
        while True:
            try:
                # f is handed to the run loop, not kept here: after a handler
                # caught an exception, f is the frame it resumed in, and this host
                # frame lives until the entry returns (that frame's locals, a
                # loop's last value say, lived as long: finalizer timing)
                return _loop(st, (f, f := None)[0], entry, resumed, pending)
            except VMError as e:
                f = _unwind(st, st.frame, entry, e)
            except RecursionError:
                raise
            except Unsupported as e:
                if not e.lineno and st.frame is not None:
                    e.lineno = st.frame.line()
                raise
            except HOST_CONVERTIBLE as e:
                f = _unwind(st, st.frame, entry, space.wrap_host_exception(e))
            resumed = False
            pending = None
    finally:
        st.nest -= 1
        st.frame = saved_frame
        entry.caller = None


def current_pc(f):
    """The position of VM frame f: its run loop keeps it in a host variable
    (pc) and writes it to f.pc only when f calls or is left, so while f runs a
    builtin (sys._getframe, a warning) or a special method an instruction
    called, f.pc is stale; the host frame of the run loop running f has it.
    For introspection only (it walks the host stack)."""
    global _HANDLER_LINES
    if _HANDLER_LINES is None:
        # the lines where a run loop (or the JIT's recorder, which runs the
        # program while it records) calls an instruction's handler: only there
        # are its locals f and pc the running frame and its position (a loop
        # running a JIT's compiled body has the caller's pc still)
        from refvm.jit import recorder
        _HANDLER_LINES = set()
        for fn in (_loop, _sched_loop, recorder.record):
            with open(fn.__code__.co_filename) as fh:
                _HANDLER_LINES.update((fn.__code__, i) for i, line in enumerate(fh, 1)
                                      if "r = h(f, arg)" in line)
    hf = _hostsys._getframe(1)
    while hf is not None:
        if (hf.f_code, hf.f_lineno) in _HANDLER_LINES:
            loc = hf.f_locals
            if loc.get("f") is f:
                return loc["pc"]
        hf = hf.f_back
    return f.pc


_HANDLER_LINES = None


class _ToScheduler(Exception):
    """A generator's step started a thread: go on in the scheduler's loop."""


def _loop(st, f, entry, resumed=False, pending=None):
    # `pc` lives in a local while a frame runs; it is stored in f.pc whenever the
    # frame is left (call, return, yield, exception), so f.pc is then exact.
    if st.breaker and pending is None:      # (a step's exit is turned into state first)
        return _sched_loop(st, f, entry)
    instrs = f.code.instrs or decode(f.code)
    pc = f.pc
    ticks = 0
    jit = _jit.ACTIVE[0]                    # JIT (refvm/jit): None unless --jit on
    error = None
    try:
        if jit is not None and (resumed or pending is not None or (
                pc == 0 and f is entry and not f.gen_owned and f.init_obj is NULL)):
            # JIT: a generator resumed here (its compiled step may run to the next
            # yield), a function entered by a nested run loop (a builtin or an
            # operator calling VM code: its compiled body may run to its return),
            # or a step or body that already ran on this frame left early
            # (pending: its exit becomes interpreter state)
            if pending is not None:
                f, pc, ticks, left = jit.step_pending(st, f, pending)
            elif resumed:
                f, pc, ticks, left = jit.generator_step(st, f, pc, ticks)
            else:
                f, pc, ticks, left = jit.function_step(st, f, ticks)
            if left:                        # the frame yielded or returned
                st.depth -= 1
                st.ticks += ticks
                w_ret = f.retval
                if not f.gen_owned and f.back is None:
                    f.clear()               # (see the entry's return below)
                return w_ret
            instrs = f.code.instrs or decode(f.code)
            if st.breaker:                  # a thread was started: as below
                raise _ToScheduler()
        while True:
            h, arg = instrs[pc]
            pc += 1
            r = h(f, arg)
            ticks += 1
            if r is None:
                continue
            if r.__class__ is int:          # a jump
                if r < pc and jit is not None and not st.breaker:
                    # JIT: a backward jump is a loop header: count it, record it or
                    # run its compiled trace, which returns where to go on
                    f, pc, ticks = jit.loop_header(st, f, r, ticks)
                    if pc < 0:
                        # the generator's frame yielded in its loop's trace (a
                        # bridge that ends in the yield): as YIELD below
                        st.depth -= 1
                        st.ticks += ticks
                        return f.retval
                    instrs = f.code.instrs or decode(f.code)
                    if jit.at_boundary and st.breaker:  # left at a jump/call: as below
                        break
                    continue
                pc = r
                if st.breaker:              # THREADS: >1 VM thread now, see _sched_loop
                    break
                continue
            f.pc = pc
            if r.__class__ is Frame:
                if st.depth >= st.recursion_limit:
                    raise recursion_error()
                st.depth += 1
                r.back = f
                f = r
                if jit is not None and r.init_obj is NULL and not st.breaker:
                    # JIT: the function's compiled body may run to its return
                    st.frame = f
                    f, pc, ticks, returned = jit.function_step(st, f, ticks)
                    if returned:
                        r = RETURN          # (its frame's return, below)
            if r is RETURN:
                st.depth -= 1
                w_ret = f.retval
                if f.init_obj is not NULL:
                    if w_ret is not None:
                        raise_init_result(w_ret)
                    w_ret = f.init_obj
                if f is entry:
                    st.ticks += ticks
                    if not f.gen_owned and f.back is None:
                        # (an entry linked to a caller is a trace's residual call:
                        # it ends as a frame the run loop returns from, which
                        # keeps its locals while a traceback refers to it)
                        f.clear()
                    return w_ret
                # the returning frame is dropped here (its last reference), so
                # on a refcounting host its locals die now, as on CPython
                f = f.back
                f.stack.append(w_ret)
                w_ret = None            # GC: this local must not keep the value alive
            elif r.__class__ is not Frame:
                # YIELD / YIELD_AGAIN: only an entry (generator) frame yields
                if r is YIELD_AGAIN:
                    f.pc = pc - 1
                st.depth -= 1
                st.ticks += ticks
                return f.retval
            st.frame = f
            pc = f.pc
            instrs = f.code.instrs or decode(f.code)
            if st.breaker:                  # THREADS: >1 VM thread now, see _sched_loop
                break
    except JitExit as e:                    # JIT: a trace raised; its frames are written back
        st.ticks += ticks + e.ticks
        error = e.error
        e.error = None
    except _ToScheduler:
        pass
    except BaseException:
        f.pc = pc
        st.ticks += ticks
        raise
    if error is not None:
        # raised here, after the handler: inside it the error's __context__ would
        # be the JitExit, whose own __context__ is often the error; and this
        # host frame, which the error's traceback keeps, must not keep the
        # error (host cycles keep the VM exception, its traceback's frames and
        # their locals alive until the host's cycle collector runs: finalizer
        # timing; found 2026-12-04, a function catching an exception in a loop
        # recorded at --jit-threshold 1)
        try:
            raise error
        finally:
            error = None
    # a thread was started: go on with the scheduler's loop
    f.pc = pc
    st.ticks += ticks
    return _sched_loop(st, f, entry)


# ---------------------------------------------------------------- THREADS
# While more than one VM thread exists the scheduler (refvm/threads) sets
# st.breaker on every ThreadState; the fast loop above checks it at jumps,
# calls and returns only (its single-threaded cost), and hands over to this
# loop, which counts every instruction against st.budget: when the budget is
# spent the scheduler decides who runs next (refvm.threads.scheduler.preempt).
# Preemption happens at any instruction boundary (--preempt any, the default:
# every instruction is atomic, `x += 1` is not), or only at backward jumps and
# function entries (--preempt breaker: where CPython 3.11 checks its eval
# breaker).  f.pc is kept exact so that a blocked thread can say where it waits.

def _sched_loop(st, f, entry):
    sched = st.thread.sched
    anywhere = sched.preempt_anywhere
    instrs = f.code.instrs or decode(f.code)
    pc = f.pc
    ticks = 0
    try:
        while True:
            if st.budget <= 0 and anywhere:
                f.pc = pc
                sched.preempt(st)
            h, arg = instrs[pc]
            pc += 1
            f.pc = pc
            st.budget -= 1
            r = h(f, arg)
            ticks += 1
            if r is None:
                continue
            if r.__class__ is int:          # a jump
                if r < pc and st.budget <= 0 and not anywhere:
                    f.pc = r                # breaker mode: a backward jump
                    sched.preempt(st)
                pc = r
                continue
            f.pc = pc
            called = r.__class__ is Frame
            f, w_ret = _leave_frame(st, f, r, pc, entry)
            if f is None:
                st.ticks += ticks
                return w_ret
            pc = f.pc
            instrs = f.code.instrs or decode(f.code)
            if not st.breaker:              # back to one thread
                break
            if called and st.budget <= 0 and not anywhere:
                sched.preempt(st)           # breaker mode: a function's entry
    except BaseException:
        f.pc = pc
        st.ticks += ticks
        raise
    st.ticks += ticks
    return _loop(st, f, entry)


def _leave_frame(st, f, r, pc, entry):
    """_loop's frame switch (a call, a return, a yield) for _sched_loop: the
    frame to go on with and None, or None and the value `entry` returns/yields.
    Keep in step with _loop, which inlines the same steps for speed."""
    if r.__class__ is Frame:
        if st.depth >= st.recursion_limit:
            raise recursion_error()
        st.depth += 1
        r.back = f
        st.frame = r
        return r, None
    if r is RETURN:
        st.depth -= 1
        w_ret = f.retval
        if f.init_obj is not NULL:
            if w_ret is not None:
                raise_init_result(w_ret)
            w_ret = f.init_obj
        if f is entry:
            if not f.gen_owned and f.back is None:
                f.clear()               # (see _loop)
            return None, w_ret
        back = f.back
        back.stack.append(w_ret)
        st.frame = back
        return back, None
    if r is YIELD_AGAIN:
        f.pc = pc - 1
    st.depth -= 1
    return None, f.retval


def raise_init_result(w_ret):
    raise space.oefmt(E.w_TypeError, "__init__() should return None, not '%s'"
                      % space.type_name(w_ret))


def _unwind(st, f, entry, e):
    """Find a handler for VMError e starting at frame f; re-raise past `entry`."""
    w_exc = e.w_exc
    if not getattr(e, "reraise", False):
        tb.add_entry(w_exc, f)
        if st.exc_info is not None and st.exc_info is not w_exc and w_exc.w_context is None:
            _set_context(w_exc, st.exc_info)
    e.reraise = False
    while True:
        blocks = f.blocks
        while blocks:
            handler, level, saved = blocks.pop()
            if handler < 0:
                st.exc_info = saved
                continue
            stack = f.stack
            del stack[level:]
            blocks.append((-1, len(stack), st.exc_info))
            st.exc_info = w_exc
            stack.append(w_exc)
            f.pc = handler
            st.frame = f
            return f
        st.depth -= 1
        # a frame left by an exception keeps its locals while the traceback
        # refers to it, as on CPython (finalizer timing)
        if f is entry:
            if not f.gen_owned:
                f.clear_for_traceback()
            f.back = None           # (as below: a traceback keeps no caller alive)
            # this host frame, kept by e's traceback, must not keep e: a host
            # cycle keeps the host frames above it alive until the host's
            # cycle collector runs, and a run loop's frame among them keeps the
            # VM frame it last ran (finalizer timing: a generator closed, then
            # an exception escaping a function; gc/programs/tracebacks_released.py)
            try:
                raise e
            finally:
                e = None
        back = f.back
        f.clear_for_traceback()
        f.back = None
        f = back
        st.frame = f
        tb.add_entry(w_exc, f)


def _set_context(w_exc, w_ctx):
    # avoid creating a cycle in the __context__ chain, as CPython does
    w = w_ctx
    while w is not None:
        if w is w_exc:
            return
        w = w.w_context
    w_exc.w_context = w_ctx
