"""CPython's report of an exception nobody can catch (sys.unraisablehook's default):

    Exception ignored in: <function A.__del__ at 0x7f...>
    Traceback (most recent call last):
      ...
    ValueError: boom
"""
import sys

from refvm.errors import VMError


def report(w_where, w_exc, prefix="Exception ignored in"):
    """Write the report for VM exception w_exc raised by/within w_where."""
    from refvm.objects import space
    from refvm.interp import traceback as tb
    try:
        where = space.repr(w_where)
    except VMError:
        where = "<object repr() failed>"
    try:
        lines = format_unraisable(w_exc, chain=True)
    except VMError:
        lines = [tb.exception_name(space.typeof(w_exc))]
    try:
        sys.stdout.flush()
    except Exception:
        pass
    try:
        sys.stderr.write("%s: %s\n%s\n" % (prefix, where, "\n".join(lines)))
        sys.stderr.flush()
    except (OSError, ValueError):
        pass        # (a closed or broken stderr: CPython's report is lost too)


def format_unraisable(w_exc, chain=True):
    """The traceback display of an unraisable exception: one raised outside any
    VM frame (by refvm's own code: "generator ignored GeneratorExit") shows
    the frame that was running, as CPython 3.11's _PyErr_WriteUnraisableMsg
    gives such an exception a traceback of the current frame (for the display
    only)."""
    from refvm.interp import traceback as tb
    from refvm.interp import state as _state
    frame = _state.state.frame if w_exc.w_traceback is None else None
    if frame is None:
        return tb.format_exception(w_exc, chain=chain)
    w_exc.w_traceback = tb.W_Traceback(frame, frame.current_line(), None)
    try:
        return tb.format_exception(w_exc, chain=chain)
    finally:
        w_exc.w_traceback = None


def call_reporting(w_func, args, w_where=None):
    """Call a VM callable from the GC (finalizer, weakref callback); an exception
    is reported, not raised.  Returns True when the call completed normally."""
    from refvm.objects import space
    from refvm.interp import state as _state
    st = _state.state
    saved_exc = st.exc_info
    try:
        space.call(w_func, list(args))
        return True
    except VMError as e:
        report(w_where if w_where is not None else w_func, e.w_exc)
        return False
    finally:
        st.exc_info = saved_exc
