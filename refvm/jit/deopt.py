"""Deoptimization: a trace exit becomes interpreter frames with exact state.

An exit hands back its Snapshot's values: per frame level the locals of a
virtual (inlined) frame, the value stack, the Frame of a real level and the
called function.  The loop's own frame gets its value stack and pc back (its
locals are written through by the trace); an inlined frame that never needed
a Frame object gets one now, built as the call instruction would have built
it, linked to its caller, with st.depth and st.frame as the run loop keeps
them.  Then an `extra` from a generic handler (a jump target or a new Frame
it returned) is applied as the run loop would, or an exception is re-raised
through JitExit with the frames already in place for the unwinder.
"""
from refvm.errors import VMError
from refvm.interp.frame import Frame
from refvm.jit import JitExit
from refvm.jit.ir import ROOT


def materialize(st, f, depth0, snap, vals):
    """Write the snapshot's state into frames; returns the innermost frame."""
    pos = 0
    prev = None
    for k, lv in enumerate(snap.levels):
        locs = None
        if lv.locals is not None:
            n = len([v for v in lv.locals if v is not None])
            locs = list(vals[pos:pos + n])
            pos += n
        stack = None
        if lv.stack is not None:
            stack = vals[pos:pos + len(lv.stack)]
            pos += len(lv.stack)
        fr = None
        if lv.real is not None and lv.real is not ROOT:
            fr = vals[pos]
            pos += 1
        fn = None
        if lv.func is not None:
            fn = vals[pos]
            pos += 1
        if k == 0:
            fr = f
        elif fr is None:
            fr = Frame(lv.code, lv.globals, locs, fn.closure, None, fn)
            if lv.init is not None:
                fr.init_obj = vals[pos]     # the instance an inlined __init__ returns
                pos += 1
            if lv.held is not None:
                n = len(lv.held)            # ... and its class call's arguments
                fr.held = list(reversed(vals[pos:pos + n]))
                pos += n
        if stack is not None:
            fr.stack[:] = stack
        fr.pc = lv.pc
        if k:
            fr.back = prev
        prev = fr
    st.depth = depth0 + len(snap.levels) - 1
    st.frame = prev
    return prev


def resume(st, f, depth0, snap, vals, extra, is_exc, ticks):
    """(frame, pc) where the interpreter continues after an exit."""
    fr = materialize(st, f, depth0, snap, vals)
    if is_exc:
        # the host traceback would keep the trace's host frame, and every value
        # in its variables, alive while the VM handles the exception
        raise JitExit(extra.with_traceback(None), ticks)
    if extra is not None:
        if extra.__class__ is int:
            fr.pc = extra
        elif extra.__class__ is Frame:
            # the generic handler of a call returned a frame the trace did not expect
            if st.depth >= st.recursion_limit:
                from refvm.interp.loop import recursion_error
                try:
                    raise recursion_error()
                except VMError as e:
                    raise JitExit(e, ticks)
            st.depth += 1
            extra.back = fr
            st.frame = extra
            fr = extra
        else:
            raise AssertionError("jit: unexpected handler result %r" % (extra,))
    return fr, fr.pc
