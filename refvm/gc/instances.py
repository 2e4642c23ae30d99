"""Host classes for VM instances whose death the VM must see.

Every instance of a user class is a host `W_Instance` (objects/model.py), whose
host deallocation only counts itself (model.DEALLOCATIONS: CPython's generation
0 counts net allocations).  The collector allocates this host subclass instead
(same layout, so an instance can also switch to it later) when the VM must
react to the death:

  W_FinalizableInstance  its type has `__del__`, or (tracing/none mode) it is
                         weakly referenced: its death goes to the collector.

`gc_extra` (a W_Instance slot) holds the collector's allocation sequence number
(the order PyPy's finalizer ordering uses), negated once the VM finalizer ran,
or a Keeper while a finalizer is pending after a collection (see collector.py).
"""
from refvm.objects.model import W_Instance, DEALLOCATIONS, NULL

COLLECTOR = [None]      # the current run's Collector (collector.py sets it)


class W_FinalizableInstance(W_Instance):
    __slots__ = ()

    def __del__(self):
        next(DEALLOCATIONS)
        c = COLLECTOR[0]
        if c is not None:
            c.on_death(self)


def new_instance(w_cls):
    """A new instance of user class w_cls (`object.__new__`)."""
    c = COLLECTOR[0]
    if c is None:
        return W_Instance(w_cls)
    return c.new_instance(w_cls)


def new_plain_instance(w_cls):
    """new_instance for a class without __del__ (the JIT's, under a guard on the
    class's version, which changes when a class of its MRO gains one), or NULL
    when this allocation may start a collection (Collector.allocated_quietly): the
    caller leaves it to the interpreter, so that no VM code runs here."""
    c = COLLECTOR[0]
    if c is not None and not c.allocated_quietly():
        return NULL
    return W_Instance(w_cls)


def instance_gained_del(o):
    """`o.__class__ = C` where C has __del__ and o's class had none: CPython
    finalizes o when it dies (its type's finalizer slot decides), so o becomes
    finalizable now.  Tracing mode follows PyPy, which registers an object's
    finalizer when it is made: o stays as it is."""
    c = COLLECTOR[0]
    if c is None or c.mode == "tracing":
        return
    _make_finalizable(o)


def type_gained_del(w_t):
    """`C.__del__ = f` on an existing class.  CPython finalizes the existing
    instances too (the type's finalizer slot changes), so they become
    finalizable now (rare, so finding them through the host's list of objects is
    fine).  PyPy never calls such a __del__, for C or its subclasses, and says so
    with a RuntimeWarning: tracing mode does the same."""
    c = COLLECTOR[0]
    if c is None:
        return
    if c.mode == "tracing":
        c.late_del_types.add(id(w_t))
        c.late_del_keep.append(w_t)
        _warn_late_del()
        return
    import gc as _hostgc
    for o in _hostgc.get_objects():
        if o.__class__ is W_Instance and o.w_type.issubtype(w_t):
            _make_finalizable(o)


def _make_finalizable(o):
    """A plain instance becomes one whose death the collector sees."""
    from refvm.gc.collector import next_seq
    o.__class__ = W_FinalizableInstance
    o.gc_extra = next_seq()


_FINALIZABLE_HOSTS = {}


def _subclass_del(self):
    c = COLLECTOR[0]
    if c is not None:
        c.on_death(self)


def finalizable_subclass_instance(w):
    """An instance of a user subclass of a builtin (hostwrap.new_instance) whose
    type has __del__: switch it to a host subclass whose death the collector sees."""
    c = COLLECTOR[0]
    if c is None or w.w_type.lookup("__del__").__class__.__name__ == "NULL":
        return w
    h = w.__class__
    fin = _FINALIZABLE_HOSTS.get(h)
    if fin is None:
        fin = _FINALIZABLE_HOSTS[h] = type(h.__name__ + "Fin", (h,), {"__del__": _subclass_del})
    from refvm.gc.collector import next_seq
    w.__class__ = fin
    w.gc_extra = next_seq()
    return w


def _warn_late_del():
    """PyPy's warning, formatted as the warnings module prints it."""
    import sys
    from refvm.interp import state as _state
    from refvm.interp import traceback as tb
    f = _state.state.frame
    if f is None:
        return
    filename, lineno = f.code.filename, _store_del_line(f)
    text = "%s:%d: RuntimeWarning: a __del__ method added to an existing type will not " \
           "be called\n" % (filename, lineno)
    src = tb.source_line(filename, lineno)
    if src:
        text += "  %s\n" % src
    sys.stdout.flush()
    sys.stderr.write(text)


def _store_del_line(f):
    """The line of the `X.__del__ = ...` being executed: the run loop keeps the
    pc in a local, so look for the frame's one STORE_ATTR of `__del__`."""
    from refvm.interp.instructions import OPCODES
    code = f.code
    op = OPCODES.get("STORE_ATTR")
    lines = [code.lines[i] for i, o in enumerate(code.ops)
             if o == op and code.names[code.args[i]] == "__del__"]
    if len(set(lines)) == 1:
        return lines[0]
    return f.line()
