"""The Collector of a VM run: which deaths the VM sees, and when finalizers run.

refcount (CPython's timing; needs a CPython host for exactness)
    A dying instance whose type has `__del__` is a W_FinalizableInstance; its
    host `__del__` runs the VM `__del__` on the spot, i.e. where the host's
    reference counting (which follows the VM's references: frames drop stack
    slots and die on return) frees it -- where CPython would.  The host then
    clears its weak references and runs their callbacks: CPython's order.
    Cycles: the host's automatic cycle collector is off during a run; the VM
    counts its own allocations (instances and generators; deallocations of
    instances count down, as in CPython) against thresholds (700, 10, 10) and
    runs the host's cycle collector on the generation CPython would collect.
    That collector IS CPython's, so PEP 442's order holds: weakref callbacks,
    all finalizers, resurrection check, clearing.

tracing (PyPy's timing) and none
    A dying hooked object (instance with `__del__`, weakly referenced instance,
    suspended generator) is resurrected into `limbo` by its host `__del__`.  A
    VM collection (every `nursery` allocations in tracing mode, or gc.collect())
    first runs the host's cycle collector (dead cycles join limbo), then clears
    the weak references to everything in limbo, runs weakref callbacks (those of
    objects with a pending finalizer only at the next collection, as PyPy does),
    then the finalizers PyPy's ordering picks (order.py).  Objects whose
    finalizer is still pending are tied into a host cycle with a Keeper, so that
    the host's cycle collector reports them again once they are still dead at a
    later collection.
"""
import gc as _hostgc
import sys
import _thread
import time
import _weakref as _hw

from refvm.errors import VMError
from refvm.objects.model import NULL, W_Object, W_Type, W_Instance, typeof, DEALLOCATIONS, \
    GC_EPOCH
from refvm.gc import instances, order, unraisable
from refvm.gc.instances import W_FinalizableInstance
from refvm.jit import ACTIVE as JIT

DEFAULT_NURSERY = 1000000
_SEQ = [0]          # allocation sequence numbers of hooked objects, over all runs


def deallocations():
    """How many W_Instance objects the host has freed so far (without counting)."""
    return DEALLOCATIONS.__reduce__()[1][0]


def current():
    return instances.COLLECTOR[0]


def next_seq():
    """A sequence number for an object that becomes hooked (its death will be
    reported): every hooking site takes one, so this also counts them."""
    _SEQ[0] += 1
    _HOOKED[0] += 1
    return _SEQ[0]


_HOOKED = [0]       # hooked objects whose death was not reported yet (this run)


class Stats(object):
    def __init__(self):
        self.collections = [0, 0, 0]
        self.freed = 0
        self.finalizers = 0
        self.callbacks = 0
        self.seconds = 0.0

    def format(self, mode):
        return ("refvm gc (%s): %d collections (gen0 %d, gen1 %d, gen2 %d), %d objects freed, "
                "%d finalizers run, %d weakref callbacks, %.3f s in collections"
                % (mode, sum(self.collections), self.collections[0], self.collections[1],
                   self.collections[2], self.freed, self.finalizers, self.callbacks,
                   self.seconds))


class Keeper(object):
    """A dead object whose finalizer is still pending after a tracing collection
    points at a Keeper that points back: when the host's cycle collector finds
    the pair dead, the Keeper's (fresh) host finalizer returns it to limbo."""
    __slots__ = ("w_obj", "seq")

    def __init__(self, w_obj, seq):
        self.w_obj = w_obj
        self.seq = seq

    def __del__(self):
        w = self.w_obj
        self.w_obj = None
        _HOOKED[0] -= 1
        c = instances.COLLECTOR[0]
        if w is not None and c is not None and self.seq > c.first_seq:
            w.gc_extra = self.seq
            c.limbo.append(w)


def seq_of(w):
    x = getattr(w, "gc_extra", 0)
    if x.__class__ is Keeper:
        return x.seq
    return abs(x) if x.__class__ is int else 0


class Collector(object):
    def __init__(self, mode="refcount", nursery=DEFAULT_NURSERY, stats=False):
        self.mode = mode
        self.refcount = mode == "refcount"
        self.enabled = True
        self.threshold = [700, 10, 10]
        self.count = [0, 0, 0]
        self.nursery = nursery
        self.young = 0                  # tracing: allocations since the last collection
        self.w_callbacks = []           # gc.callbacks (a VM list)
        self.limbo = []                 # dead hooked objects awaiting a collection
        self.deferred = []              # weakrefs whose callbacks run at the next collection
        self.dead_refs = []             # weakrefs the host cleared behind the VM's back
        self.wrefs = {}                 # tracing/none: id(hooked object) -> its weakrefs
        self.late_del_types = set()     # tracing: ids of classes given __del__ late
        self.late_del_keep = []         # (kept alive, so that their ids stay theirs)
        self.collecting = False
        self.first_seq = _SEQ[0]
        self.thread = _thread.get_ident()
        self.active = False             # the VM may run finalizers now
        self.want_stats = stats
        self.stats = Stats()
        self.finalized_now = None
        self.deallocs_seen = deallocations()
        self._host_gc_was_enabled = None

    # -- lifetime of a run
    def install(self):
        instances.COLLECTOR[0] = self
        _HOOKED[0] = 0
        self._host_gc_was_enabled = _hostgc.isenabled()
        _hostgc.disable()
        # whatever the host holds now (a fork server's or test runner's own garbage
        # included) is not the program's: move it out of every later collection, so
        # that gc.collect() counts only what the VM run made unreachable
        if hasattr(_hostgc, "freeze"):
            _hostgc.freeze()
        self.active = True

    def uninstall(self):
        self.active = False
        if instances.COLLECTOR[0] is self:
            instances.COLLECTOR[0] = None
        self.limbo = []
        self.deferred = []
        self.dead_refs = []
        if hasattr(_hostgc, "unfreeze"):
            _hostgc.unfreeze()
        if self._host_gc_was_enabled:
            _hostgc.enable()

    def register_ref(self, w_obj, r):
        """Remember a VM weakref to a hooked instance (the host forgets a weakref it
        cleared, and it clears those to dead cycles before the VM looks)."""
        r.target_id = id(w_obj)
        self.wrefs.setdefault(id(w_obj), []).append(_hw.ref(r))

    def forget_refs(self, target_id):
        self.wrefs.pop(target_id, None)

    def take_refs(self, w):
        """The live VM weakrefs to hooked object w, which is dead now."""
        refs = [x() for x in self.wrefs.pop(id(w), ())]
        return [r for r in refs if r is not None]

    def accepts(self, w):
        """May the VM react to the death of w now?"""
        return (self.active and _thread.get_ident() == self.thread
                and seq_of(w) > self.first_seq)

    # -- allocation
    def new_instance(self, w_cls):
        self.allocated()
        if w_cls.lookup("__del__") is not NULL and self.honours_del(w_cls):
            w = W_FinalizableInstance(w_cls)
            w.gc_extra = next_seq()
            return w
        return W_Instance(w_cls)

    def allocated(self):
        """A VM allocation: may trigger an automatic collection first."""
        if self.refcount:
            c = self.count
            c[0] += 1
            if c[0] > self.threshold[0] and self.threshold[0]:
                self.recount()
                if c[0] > self.threshold[0] and self.may_collect():
                    self.collect_generations()
        else:
            self.young += 1
            if self.young >= self.nursery and self.mode == "tracing" and self.may_collect():
                self.collect(2)
            elif not self.young & 0xFFFF and not _HOOKED[0] and not self.collecting:
                # with no hooked object alive, the host may reclaim dead cycles
                # invisibly to the VM: memory stays bounded between collections
                _hostgc.collect()

    def may_collect(self):
        return self.enabled and not self.collecting and self.active

    def allocated_quietly(self):
        """allocated() where it runs no VM code (the JIT's plain instances,
        gc.instances.new_plain_instance): False, nothing counted, when this
        allocation may start a collection.  (allocated's own test, before its
        count; the common path written out: it runs once per instance.)"""
        if self.refcount:
            n = self.count
            if n[0] < self.threshold[0] or not self.threshold[0]:
                n[0] += 1
                return True
            if self.may_collect():
                return False
        else:
            y = self.young + 1
            if y < self.nursery and y & 0xFFFF:
                self.young = y
                return True
            if y >= self.nursery and self.mode == "tracing" and self.may_collect():
                return False
        self.allocated()        # (no collection: a recount, or the host's collector)
        return True

    def honours_del(self, w_cls):
        if not self.late_del_types:
            return True
        w_where, _ = w_cls.lookup_where("__del__")
        return id(w_where) not in self.late_del_types

    def recount(self):
        """Generation 0's count net of the instances that died since the last look
        (CPython decrements it on every deallocation; refvm counts them in bulk)."""
        d = deallocations()
        self.count[0] = max(0, self.count[0] - (d - self.deallocs_seen))
        self.deallocs_seen = d

    def collect_generations(self):
        """CPython's choice: the oldest generation whose count exceeds its threshold.
        (CPython also delays full collections until the long-lived objects grew by
        25%; refvm does not count long-lived objects and collects at the threshold.)"""
        for gen in (2, 1, 0):
            if self.count[gen] > self.threshold[gen]:
                self.collect(gen)
                return

    # -- deaths reported by host finalizers
    def hooked_died(self, w):
        x = getattr(w, "gc_extra", 0)
        # (seq_of written out: every hooked object's death comes here)
        if (abs(x) if x.__class__ is int else seq_of(w)) > self.first_seq:
            _HOOKED[0] -= 1

    def on_death(self, w):
        self.hooked_died(w)
        if not self.accepts(w):
            return
        x = w.gc_extra
        pending = x.__class__ is int and x > 0 and typeof(w).lookup("__del__") is not NULL
        if self.refcount:
            if pending:
                self.run_finalizer(w)
            return
        if pending or id(w) in self.wrefs:
            self.limbo.append(w)

    def on_generator_death(self, w_gen):
        """A suspended generator died: close it now (refcount) or at a collection."""
        if not self.accepts(w_gen):
            return
        if self.refcount:
            self.run_finalizer(w_gen)
        else:
            self.limbo.append(w_gen)

    # -- running VM code for the GC
    def run_finalizer(self, w):
        from refvm.objects.generator import W_Generator
        if w.__class__ is W_Generator:
            if not generator_needs_close(w):
                return
            w.gc_extra = -seq_of(w)
            self.stats.finalizers += 1
            w.finalize()
            return
        x = w.gc_extra
        if x.__class__ is Keeper:
            x = x.seq
        if x <= 0:
            return
        w.gc_extra = -x
        w_del = typeof(w).lookup("__del__")
        if w_del is NULL:
            return
        self.stats.finalizers += 1
        if self.finalized_now is not None:
            self.finalized_now.append(id(w))
        from refvm.objects import space
        from refvm.interp import state as _state
        st = _state.state
        saved_exc = st.exc_info
        try:
            space.call_special(w_del, w)
        except VMError as e:
            unraisable.report(w_del, e.w_exc)
        finally:
            st.exc_info = saved_exc

    def run_callback(self, w_ref):
        self.stats.callbacks += 1
        unraisable.call_reporting(w_ref.w_callback, [w_ref])

    def invoke_gc_callbacks(self, phase, generation, collected):
        if not self.w_callbacks:
            return
        info = {"generation": generation, "collected": collected, "uncollectable": 0}
        for w_cb in list(self.w_callbacks):
            unraisable.call_reporting(w_cb, [phase, info])

    # -- collections
    def collect(self, generation=2, explicit=False):
        """One collection; returns CPython's count of unreachable objects (refcount
        and none mode) or None (tracing mode, as PyPy's gc.collect)."""
        if self.collecting:
            return 0 if self.mode != "tracing" else None
        self.collecting = True
        t0 = time.perf_counter()
        jit = JIT[0]
        # compiled code must not keep the program's classes alive through it
        hidden = jit.hide_classes() if jit is not None else None
        try:
            if self.refcount:
                n = self._collect_refcount(generation, explicit)
            else:
                n = self._collect_tracing(explicit)
        finally:
            if hidden is not None:
                jit.show_classes(hidden)
            self.collecting = False
            GC_EPOCH[0] += 1
            self.stats.collections[generation] += 1
            self.stats.seconds += time.perf_counter() - t0
        return n

    def _collect_refcount(self, generation, explicit):
        want = explicit or bool(self.w_callbacks) or self.want_stats
        self.invoke_gc_callbacks("start", generation, 0)
        if generation < 2:
            self.count[generation + 1] += 1
        for i in range(generation + 1):
            self.count[i] = 0
        if not want or not hasattr(_hostgc, "set_debug"):
            # (a PyPy host cannot list what it freed: the count is then 0)
            _hostgc.collect(generation)
            n = 0
        else:
            self.finalized_now = []
            _hostgc.set_debug(_hostgc.DEBUG_SAVEALL)
            try:
                _hostgc.collect(generation)
            finally:
                _hostgc.set_debug(0)
            garbage = list(_hostgc.garbage)
            del _hostgc.garbage[:]
            n = count_vm_objects(garbage, self.finalized_now)
            self.finalized_now = None
            del garbage
            # the saved garbage was finalized already; now free it for real
            _hostgc.collect(min(generation + 1, 2))
            self.stats.freed += n
        self.invoke_gc_callbacks("stop", generation, n)
        return n

    def _collect_tracing(self, explicit):
        self.young = 0
        before = self.limbo
        self.limbo = []
        if _HOOKED[0] > 0:
            # dead cycles holding hooked objects join limbo (with none alive,
            # no cycle can hide one: skip the host's full collection)
            _hostgc.collect()
        found = self.limbo
        self.limbo = []
        back = revived(before)
        dead = [w for i, w in enumerate(before) if not back[i]] + found
        for i, w in enumerate(before):
            if back[i]:
                keep_pending(w)
        dead.sort(key=seq_of)
        deferred, self.deferred = self.deferred, []
        now = []
        for r in self.dead_refs:
            if not r.cleared:
                r.cleared = True
                if r.w_callback is not None:
                    now.append(r)
        self.dead_refs = []
        finalizable = []
        for w in dead:
            pending = has_pending_finalizer(w)
            if pending:
                finalizable.append(w)
            refs = [r for r in self.take_refs(w) if not r.cleared]
            refs.sort(key=lambda r: -r.serial)  # newest first, as PyPy and CPython
            for r in refs:
                r.cleared = True
                if r.w_callback is None:
                    continue
                if pending:
                    self.deferred.append(_hw.ref(r))  # only if the weakref lives on
                else:
                    now.append(r)
        run, survivors = order.pypy_order(finalizable, order.trace)
        for r in [d() for d in deferred] + now:
            if r is not None and r.w_callback is not None:
                self.run_callback(r)
        for w in run:
            self.run_finalizer(w)
        for w in survivors:
            keep_pending(w)
        self.stats.freed += len(dead) - len(survivors)
        n = len(dead)
        del dead, run, survivors, found, before, finalizable
        if self.mode == "tracing":
            return None
        return n


def keep_pending(w):
    x = w.gc_extra
    if x.__class__ is int and x > 0:
        _HOOKED[0] += 1
        w.gc_extra = Keeper(w, x)


def revived(objs):
    """For each object of the list that died by reference count: did it come back
    (through a weak reference) before the collection?  Only a CPython host can
    tell: the list and getrefcount's argument are then its only references."""
    getrc = getattr(sys, "getrefcount", None)
    if getrc is None:
        return [False] * len(objs)
    return [getrc(objs[i]) > 2 for i in range(len(objs))]


def has_pending_finalizer(w):
    from refvm.objects.generator import W_Generator
    if w.__class__ is W_Generator:
        x = w.gc_extra
        return (x.__class__ is Keeper or x > 0) and generator_needs_close(w)
    x = w.gc_extra
    if x.__class__ is Keeper:
        return True
    return x.__class__ is int and x > 0 and typeof(w).lookup("__del__") is not NULL


def generator_needs_close(w_gen):
    f = w_gen.frame
    return f is not None and w_gen.started and not w_gen.running and bool(f.blocks)


# ---------------------------------------------------------------- gc.collect()'s count

def count_vm_objects(garbage, finalized_now):
    """How many of the host objects a collection found dead CPython would count:
    VM objects (instances, functions, generators, cells, ...) and builtin
    containers that are VM values; not refvm's own host objects (frames and
    their value stacks, an instance's attribute dict, which CPython 3.11 stores
    inline).  Resurrected instances, not in the garbage, count too."""
    from refvm.objects.model import VMHooks
    internal = _jit_garbage(garbage)
    n = 0
    for o in garbage:
        c = o.__class__
        if c in _CONTAINERS:
            continue
        if isinstance(o, W_Instance):
            internal.add(id(o.w_dict))
            internal.add(id(o.slot_values))
            n += 1
        elif isinstance(o, VMHooks) or c.__name__ == "W_WeakRef":
            n += 1
            internal.add(id(getattr(o, "w_dict", None)))
            internal.add(id(getattr(o, "__dict__", None)))   # a builtin subclass's host attrs
            if c is W_Type:
                # a class's list of weak references to its subclasses and its
                # lookup cache are refvm's (CPython's type has neither object
                # until it has subclasses)
                internal.add(id(o.subclasses))
                internal.add(id(o.cache))
                for r in o.subclasses:
                    internal.add(id(r))
                if o.gc_epoch < GC_EPOCH[0] and all(b.is_builtin for b in o.bases):
                    # CPython untracks a tuple of untracked objects (builtin types)
                    # at the first collection that finds it alive: a class that
                    # outlived a collection has its __bases__ tuple untracked
                    internal.add(id(o.bases))
        else:
            # refvm's own host object (a frame, ...): its attribute dict and the
            # containers that dict holds (value stack, locals) are not VM values
            for r in _hostgc.get_referents(o):
                internal.add(id(r))
                if r.__class__ is dict and getattr(o, "__dict__", None) is r:
                    for v in r.values():
                        if v.__class__ in _CONTAINERS:
                            internal.add(id(v))
    for o in garbage:
        if o.__class__ in _CONTAINERS and id(o) not in internal:
            if o.__class__ is tuple and not _tracked_tuple(o):
                continue
            n += 1
    ids = set(id(o) for o in garbage)
    for i in finalized_now or ():
        if i not in ids:
            n += 1
    return n


_CONTAINERS = (list, dict, set, tuple, frozenset)


def _jit_garbage(garbage):
    """The ids of the host objects in `garbage` that belong to the JIT's compiled
    code for classes that died (hotloop.Jit.hide_classes gave it to them to
    hold): its namespaces, exits, snapshots, lists and tuples are no VM values
    (the JIT off, they do not exist).  What the program's dead objects reach
    without passing through the traces (a class's dict, a list that was a
    class attribute, even when a trace named it as a constant) is not the
    JIT's: it counts as it would."""
    backend = sys.modules.get("refvm.jit.backend")
    if backend is None:
        return set()
    compiled = backend.CompiledLoop
    roots = [o for o in garbage if o.__class__ is compiled]
    if not roots:
        return set()
    ids = set(id(o) for o in garbage)
    holds = set(id(o.jit_hold) for o in garbage
                if isinstance(o, W_Type) and o.jit_hold is not None)
    program = _reachable([o for o in garbage if isinstance(o, W_Object)], ids,
                         holds | set(id(o) for o in roots))
    return _reachable(roots, ids, program) | holds


def _reachable(starts, ids, excluded):
    """The ids of the objects in `ids` that starts reach (themselves included),
    not through the objects whose ids are in excluded."""
    seen = set()
    todo = list(starts)
    while todo:
        o = todo.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        for r in _hostgc.get_referents(o):
            k = id(r)
            if k in ids and k not in seen and k not in excluded:
                todo.append(r)
    return seen


def _tracked_tuple(t):
    return any(v.__class__ in _CONTAINERS or not isinstance(v, (int, float, str, bytes,
                                                                   type(None)))
               for v in t)
