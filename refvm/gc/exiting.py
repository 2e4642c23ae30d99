"""The end of a run: the VM's `atexit` module, and what each GC mode finalizes.

CPython 3.11 (Py_FinalizeEx): atexit callbacks (last registered first), then
sys.modules is emptied and a full collection runs while the modules'
namespaces are still intact; `__main__`'s namespace is garbage then (its
functions point back at it), so every object only it kept alive is finalized
in that one collection -- PEP 442 calls the finalizers in the collector's list
order (oldest first) before anything is cleared.  refcount mode does the same:
it drops refvm's references to the program's modules and runs the host's
collector (which is CPython's) with VM finalizers still live.

PyPy: atexit callbacks run (weakref.finalize's atexit hook among them); no
collection, no finalizers.  tracing and none mode do the same.
"""
import sys

from refvm.errors import VMError
from refvm.objects.functions import W_BuiltinFunction
from refvm.gc import instances, unraisable

_EXITFUNCS = [[]]       # the current run's atexit registrations: (func, args, kwargs)


def make_atexit():
    funcs = _EXITFUNCS[0] = []

    def register(w_func, *args, **kwargs):
        from refvm.objects import space, exceptions as E
        if not space.callable(w_func):
            raise space.oefmt(E.w_TypeError, "the first argument must be callable")
        funcs.append((w_func, args, kwargs))
        return w_func

    def unregister(w_func):
        from refvm.objects import space
        funcs[:] = [e for e in funcs
                    if not (e[0] is w_func or space.truth(space.eq(e[0], w_func)))]
        return None

    def _clear():
        del funcs[:]

    return {
        "register": W_BuiltinFunction("register", register),
        "unregister": W_BuiltinFunction("unregister", unregister),
        "_run_exitfuncs": W_BuiltinFunction("_run_exitfuncs", run_exitfuncs),
        "_clear": W_BuiltinFunction("_clear", _clear),
        "_ncallbacks": W_BuiltinFunction("_ncallbacks", lambda: len(funcs)),
    }


def run_exitfuncs():
    from refvm.objects import space
    funcs = _EXITFUNCS[0]
    while funcs:
        w_func, args, kwargs = funcs.pop()
        try:
            space.call(w_func, list(args), kwargs or None)
        except VMError as e:
            unraisable.report(w_func, e.w_exc, prefix="Exception ignored in atexit callback")
    return None


def finish(modules):
    """The end of a run that did not die of an internal error: atexit, then the
    mode's exit-time finalization, then --gc-stats.  `modules` is the VM's
    sys.modules (emptied in refcount mode)."""
    c = instances.COLLECTOR[0]
    try:
        run_exitfuncs()
        if c is not None and c.refcount:
            keep = ("builtins", "sys")
            for name in [n for n in modules if n not in keep]:
                del modules[name]
            modules = None
            c.collect(2)
    finally:
        _EXITFUNCS[0] = []
        if c is not None:
            c.active = False
            if c.want_stats:
                sys.stdout.flush()
                sys.stderr.write(c.stats.format(c.mode) + "\n")
            c.uninstall()


def abandon():
    """A run that ended without finish() (unsupported construct, internal error):
    no more VM finalizers, the host's collector back on."""
    c = instances.COLLECTOR[0]
    if c is not None:
        c.uninstall()
