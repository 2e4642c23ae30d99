"""Host classes for VM instances whose death the VM must see.

Every instance of a user class is a host `W_Instance` (objects/model.py).  The
collector allocates one of these host subclasses instead when it must learn of
the instance's death (same layout, so an instance can also switch to one later):

  W_CountedInstance      refcount mode: its deallocation lowers generation 0's
                         count, as CPython's PyObject_GC_Del does;
  W_FinalizableInstance  its type has `__del__`, or (tracing/none mode) it is
                         weakly referenced: its death goes to the collector.

`gc_extra` (a W_Instance slot) holds the collector's allocation sequence number
(the order PyPy's finalizer ordering uses), negated once the VM finalizer ran,
or a Keeper while a finalizer is pending after a collection (see collector.py).
"""
from refvm.objects.model import W_Instance

COLLECTOR = [None]      # the current run's Collector (collector.py sets it)


class W_CountedInstance(W_Instance):
    __slots__ = ()

    def __del__(self):
        c = COLLECTOR[0]
        if c is not None and c.count[0] > 0:
            c.count[0] -= 1


class W_FinalizableInstance(W_Instance):
    __slots__ = ()

    def __del__(self):
        c = COLLECTOR[0]
        if c is not None:
            c.on_death(self)


def new_instance(w_cls):
    """A new instance of user class w_cls (`object.__new__`)."""
    c = COLLECTOR[0]
    if c is None:
        return W_Instance(w_cls)
    return c.new_instance(w_cls)
