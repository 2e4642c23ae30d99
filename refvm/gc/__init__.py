"""refvm's garbage collection: CPython's and PyPy's observable finalizer timing.

    instances.py   host classes for VM instances whose death the VM must see
    collector.py   the Collector of a run: modes, counts, thresholds, collections,
                   the dead list ("limbo") of tracing/none mode, statistics
    order.py       PyPy's finalizer ordering (one finalizer per dead strongly
                   connected component, topological)
    weakrefs.py    VM weak references (weakref.ref, the _weakref module)
    unraisable.py  CPython's "Exception ignored in: ..." report
    gcmodule.py    the VM's gc module and sys.getrefcount
    atexit.py      the VM's atexit module and the exit sequence

The design (docs/refvm.md, "Garbage collection"): refvm rides on the host's own
memory management and makes the host report the deaths the VM must see.
`--gc refcount` on a CPython host runs a VM finalizer from the host `__del__` of
the dying object, i.e. exactly where CPython would, and finds cycles with the
host's cycle collector, which implements PEP 442 (the host IS CPython), run only
when the VM's own allocation counts cross the VM's thresholds.  `--gc tracing`
and `--gc none` resurrect a dying object into the collector's dead list instead
and run its finalizer at the next VM collection, in PyPy's order.
"""
