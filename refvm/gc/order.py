"""PyPy's finalizer ordering (the algorithm of PyPy's pypy/doc/discussion/
finalizer-order.rst, as its incminimark GC applies it; rewritten here).

Given the dead objects with a pending finalizer, in allocation order, decide
which finalizers run now.  Every object reachable from a finalizable object
stays alive for that finalizer; a finalizer runs now only if its object is not
reachable from *another* finalizable dead object.  So in a chain A -> B, A's
finalizer runs first and B's at a later collection; in a cycle, exactly one
finalizer runs (the first allocated's), the rest wait while it is alive.

States (per object, as PyPy's two header flags):
  0  not yet reached
  1  reached from the finalizable object being scanned
  2  reached only from one finalizable object (scan finished)
  3  reached from some other finalizable object: survives, finalizer waits
"""
import gc as _hostgc

from refvm.objects.model import W_Type, W_Object


def pypy_order(finalizable, trace):
    """-> (run, survivors): finalizable objects whose finalizer runs now, and those
    whose finalizer waits for a later collection."""
    state = {}
    marked = []
    survivors = []
    for x in finalizable:
        if state.get(id(x), 0) >= 2:
            survivors.append(x)             # reached from an earlier finalizable object
            continue
        marked.append(x)
        pending = [x]
        scanned = []
        while pending:
            y = pending.pop()
            s = state.get(id(y), 0)
            if s == 0:
                state[id(y)] = 1
                scanned.append(y)
                pending.extend(trace(y))
            elif s == 2:
                _bump_2_to_3(y, state, trace)
        for y in scanned:                   # 1 -> 2: everything this scan reached
            if state.get(id(y)) == 1:
                state[id(y)] = 2
    run = []
    for x in marked:
        if state[id(x)] == 2:
            run.append(x)
            _bump_2_to_3(x, state, trace)
        else:
            survivors.append(x)
    return run, survivors


def _bump_2_to_3(y, state, trace):
    todo = [y]
    while todo:
        z = todo.pop()
        if state.get(id(z), 0) == 2:
            state[id(z)] = 3
            todo.extend(trace(z))


_ATOMIC = (int, float, complex, str, bytes, bool, type(None))


def trace(y):
    """The host objects y holds, through which dead VM objects can reach each
    other.  Types and modules are never dead here (the program's own classes are
    alive while their instances are), so the walk does not enter them; nor
    functions and module globals (a dead closure linking two dead objects is
    not seen: a documented limit)."""
    out = []
    for v in _hostgc.get_referents(y):
        if isinstance(v, _ATOMIC) or isinstance(v, type) or isinstance(v, W_Type):
            continue
        name = v.__class__.__name__
        if isinstance(v, W_Object) and name in ("W_Module", "W_BuiltinFunction", "W_Function"):
            continue
        if v.__class__ is dict and "__builtins__" in v and "__name__" in v:
            continue                        # a module's globals
        out.append(v)
    return out
