"""VM weak references: `weakref.ref` (the `_weakref` module the VM's weakref.py
builds on).

A VM weakref is a host weak reference (W_WeakRef, a subclass of the host's
weakref.ref) to the VM object, with the VM callback beside it:

  * refcount mode: the host clears it and calls `_host_callback` when the
    object dies -- after its `__del__`, or for a dead cycle before all the
    finalizers (the host is CPython) -- which runs the VM callback on the spot;
  * tracing/none mode: weakly referenced instances are switched to the hooked
    host class (instances.py), so their death goes to the collector's limbo
    and the host weakref stays valid (the host object is resurrected); the
    collection marks the weakref `cleared` and schedules the callback.
"""
import sys
import _weakref as _hw

from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, W_Instance, typeof
from refvm.objects.typeobject import builtin_type, map_host
from refvm.objects.functions import W_BuiltinFunction, method, getset, staticmethod_
from refvm.objects.objecttype import takes_weakrefs
from refvm.gc import instances
from refvm.gc.instances import W_FinalizableInstance

_SERIAL = [0]
_HOST_REFCOUNTS = sys.implementation.name == "cpython"


class W_WeakRef(_hw.ref):
    __slots__ = ("w_callback", "cleared", "serial", "target_id", "__weakref__")

    def __new__(cls, w_obj, w_callback=None):
        self = _hw.ref.__new__(cls, w_obj, _host_callback)
        self.w_callback = w_callback
        self.cleared = False
        _SERIAL[0] += 1
        self.serial = _SERIAL[0]
        self.target_id = 0
        return self

    def __init__(self, w_obj, w_callback=None):
        _hw.ref.__init__(self, w_obj, _host_callback)

    def target(self):
        """The referent, or None once dead (for the VM)."""
        if self.cleared:
            return None
        return _hw.ref.__call__(self)


def _host_callback(r):
    c = instances.COLLECTOR[0]
    if c is None or r.cleared or not c.active:
        return
    if c.refcount:
        r.cleared = True
        if r.w_callback is not None:
            c.run_callback(r)
    elif not (r.target_id and c.collecting):
        # an object the VM does not hook (or no longer: its finalizer ran and it
        # came back): cleared at the next collection
        c.forget_refs(r.target_id)
        c.dead_refs.append(r)
    # else: a hooked object in a dead cycle, which this collection handles


def new_ref(w_obj, w_callback=None):
    # CPython's rule for instances of user classes (objecttype.takes_weakrefs):
    # a `__weakref__` slot, which a class adds unless its `__slots__` leave it
    # out or its base is of variable size (int, tuple, bytes)
    w_t = typeof(w_obj)
    if not w_t.is_builtin and not takes_weakrefs(w_t):
        raise space.oefmt(E.w_TypeError, "cannot create weak reference to '%s' object"
                          % space.type_name(w_obj))
    if w_callback is None:
        # CPython shares one callback-less reference per object
        for r in getweakrefs(w_obj):
            if r.w_callback is None and r.target() is not None:
                return r
    c = instances.COLLECTOR[0]
    if c is not None and not c.refcount and isinstance(w_obj, W_Instance) \
            and w_obj.__class__ is not W_FinalizableInstance and _HOST_REFCOUNTS:
        # tracing/none: the VM must see this instance die, to clear the weakref
        # at a collection rather than when the host frees it.  (A PyPy host
        # ignores a finalizer gained after allocation; there the host's own
        # collections, run by the VM's, clear the weakref.)
        from refvm.gc.collector import next_seq
        w_obj.__class__ = W_FinalizableInstance
        w_obj.gc_extra = next_seq()
    try:
        r = W_WeakRef(w_obj, w_callback)
    except TypeError:
        raise space.oefmt(E.w_TypeError, "cannot create weak reference to '%s' object"
                          % space.type_name(w_obj))
    if c is not None and not c.refcount and w_obj.__class__ is W_FinalizableInstance:
        c.register_ref(w_obj, r)
    return r


w_ref_type = builtin_type("ReferenceType", module="weakref", acceptable_base=False)
w_ref_type.name = w_ref_type.qualname = "ReferenceType"
map_host(W_WeakRef, w_ref_type)


@staticmethod_(w_ref_type, "__new__")
def ref_new(w_cls, w_obj, w_callback=None):
    return new_ref(w_obj, w_callback)


@method(w_ref_type, "__init__")
def ref_init(w_r, *args):
    return None


@method(w_ref_type, "__call__")
def ref_call(w_r):
    return w_r.target()


@method(w_ref_type, "__hash__")
def ref_hash(w_r):
    try:
        return _hw.ref.__hash__(w_r)
    except TypeError:
        raise space.oefmt(E.w_TypeError, "weak object has gone away")


@method(w_ref_type, "__eq__")
def ref_eq(w_r, w_other):
    if w_other.__class__ is not W_WeakRef:
        return NotImplemented
    a, b = w_r.target(), w_other.target()
    if a is None or b is None:
        return w_r is w_other
    return space.eq(a, b)


@method(w_ref_type, "__ne__")
def ref_ne(w_r, w_other):
    r = ref_eq(w_r, w_other)
    if r is NotImplemented:
        return r
    return not space.truth(r)


@method(w_ref_type, "__repr__")
def ref_repr(w_r):
    w = w_r.target()
    if w is None:
        return "<weakref at 0x%x; dead>" % id(w_r)
    return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(w_r), typeof(w).name, id(w))


getset(w_ref_type, "__callback__")(lambda w_r: None if w_r.target() is None else w_r.w_callback)


def getweakrefs(w_obj):
    try:
        refs = _hw.getweakrefs(w_obj)
    except TypeError:
        return []
    return [r for r in refs if r.__class__ is W_WeakRef and not r.cleared]


def make_weakref_module():
    """The host-implemented `_weakref` module.  `_dead_proxy` is the message of
    the ReferenceError a dead proxy raises: CPython's, or PyPy's in tracing mode."""
    c = instances.COLLECTOR[0]
    pypy = c is not None and c.mode == "tracing"
    return {
        "_dead_proxy": "weakly referenced object no longer exists" if pypy
        else "weakly-referenced object no longer exists",
        "ref": w_ref_type,
        "ReferenceType": w_ref_type,
        "getweakrefcount": W_BuiltinFunction("getweakrefcount",
                                             lambda w: len(getweakrefs(w))),
        "getweakrefs": W_BuiltinFunction("getweakrefs", getweakrefs),
    }
