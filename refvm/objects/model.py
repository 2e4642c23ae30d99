"""The core of the object model: W_Object, W_Type, typeof(), C3 MRO.

Naming: `w_` marks a VM-level value (which may be a host int/str/... for builtin
types); plain names are host values.

Every VM value has a VM type, found by `typeof(w)`:
  * host values of builtin types (int, str, list, ...) map through HOST2VM;
  * every other VM object carries `w_type` (instances, functions, types, ...).

W_Object defines host protocol hooks (__eq__, __hash__, __repr__, __iter__, ...)
that re-enter the VM, so that host containers used to implement VM builtins
(a host dict keyed by VM objects, host list.__repr__, ...) dispatch to VM methods.
"""

try:
    from _functools import partial as _partial  # (functools.py and its imports: ~1 ms a start)
except ImportError:     # (PyPy has no _functools)
    from functools import partial as _partial
import itertools as _itertools
import sys as _sys
import _weakref       # (the C module of weakref.ref; weakref.py ~0.8 ms at every start)
from math import floor as _math_floor, ceil as _math_ceil

NULL = type("NULL", (), {"__repr__": lambda self: "<NULL>", "__slots__": ()})()

HOST2VM = {}
DEALLOCATIONS = _itertools.count()  # host deaths of W_Instance (see W_Instance.__del__)
PLAIN = [None, None]   # object.__getattribute__, object.__setattr__ (set by bootstrap)        # host class -> W_Type, for host-represented builtin values

space = None        # the refvm.objects.space module, set when it is imported


def typeof(w):
    t = HOST2VM.get(w.__class__)
    if t is None:
        return w.w_type
    return t


def _values_of(w_it):
    while True:
        w_v = space.next_or_null(w_it)
        if w_v is NULL:
            return
        yield w_v


class NotAnIndex(TypeError):
    """A host function asked a VM object whose type has no __index__ for its
    index (VMHooks.__index__).  The host says "'C' object cannot be interpreted
    as an integer" where CPython's C code, which asks whether the type has the
    slot before it asks for the value, words the error its own way ("list
    indices must be integers or slices, not C"): space.subscript_error,
    functions.not_an_index_error."""

    def __init__(self, w_obj):
        TypeError.__init__(self, "'%s' object cannot be interpreted as an integer"
                           % typeof(w_obj).name)
        self.w_obj = w_obj


class VMHooks(object):
    """Host protocol methods that forward to VM dispatch (see module docstring)."""
    __slots__ = ()

    def __eq__(self, other):
        return space.eq(self, other)

    def __ne__(self, other):
        return space.ne(self, other)

    def __lt__(self, other):
        return space.lt(self, other)

    def __le__(self, other):
        return space.le(self, other)

    def __gt__(self, other):
        return space.gt(self, other)

    def __ge__(self, other):
        return space.ge(self, other)

    def __hash__(self):
        return space.hash(self)

    def __repr__(self):
        return space.repr(self)

    def __str__(self):
        return space.str(self)

    def __format__(self, spec):
        return space.format(self, spec)

    def __bool__(self):
        return space.truth(self)

    # Host code probes optional protocols (len() as a size hint, __index__, ...):
    # when the VM type lacks the method, answer as a host object without it would.
    def __len__(self):
        if typeof(self).lookup("__len__") is NULL:
            raise TypeError("object of type '%s' has no len()" % typeof(self).name)
        return space.len(self)

    def __iter__(self):
        # iter() at once, as CPython's is: zip(1, C()) raises where it is called
        return _values_of(space.iter(self))

    def __index__(self):
        if typeof(self).lookup("__index__") is NULL:
            raise NotAnIndex(self)
        return space.index(self)

    def __length_hint__(self):
        # (the host's list.extend asks it, as CPython's does; the host checks
        # what it gives)
        w_h = typeof(self).lookup("__length_hint__")
        if w_h is NULL or w_h is None:
            return NotImplemented
        return space.call_special(w_h, self)

    # The host's math and cmath functions take numbers by these hooks
    # (PyFloat_AsDouble, PyComplex_AsCComplex, math.floor/ceil/trunc's special
    # methods): answered as CPython's C code answers for the VM type.
    def __float__(self):
        from refvm.objects.numbers import to_float, float_or_index
        if not float_or_index(self):
            raise TypeError("must be real number, not %s" % typeof(self).name)
        return to_float(self)

    def __complex__(self):
        w_m = typeof(self).lookup("__complex__")
        if w_m is NULL:
            return complex(self.__float__())
        w_r = space.call_special(w_m, self)
        if not isinstance(w_r, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % typeof(w_r).name)
        return complex.__complex__(w_r)

    def __floor__(self):
        return self._rounding("__floor__", _math_floor)

    def __ceil__(self):
        return self._rounding("__ceil__", _math_ceil)

    def __trunc__(self):
        w_m = typeof(self).lookup("__trunc__")
        if w_m is NULL:
            raise TypeError("type %s doesn't define __trunc__ method" % typeof(self).name)
        return space.call_special(w_m, self)

    def _rounding(self, name, host_fn):
        w_m = typeof(self).lookup(name)
        if w_m is NULL:
            return host_fn(self.__float__())
        return space.call_special(w_m, self)

    def __call__(self, *args, **kwargs):
        return space.call(self, list(args), kwargs or None)

    def __getitem__(self, key):
        return space.getitem(self, key)

    def __contains__(self, item):
        return space.contains(self, item)


class W_Object(VMHooks):
    __slots__ = ()


class W_Instance(W_Object):
    """An instance of a user class whose solid base is `object`.

    The GC (refvm/gc/instances.py) allocates instances of host subclasses of this
    class (same layout) when the VM must see their death; `gc_extra` is its slot."""
    # (the host frees these in the sorted order of their names: slot_values
    # before w_dict, as CPython's subtype_dealloc clears slots, then the dict)
    __slots__ = ("w_type", "w_dict", "slot_values", "__weakref__", "gc_extra")

    # Counts deallocations for the GC's generation-0 count (CPython counts net
    # allocations); a C-level callable, so an instance's death costs ~nothing.
    # (Not on a PyPy host, where a finalizer makes every instance costlier.)
    if _sys.implementation.name == "cpython":
        __del__ = _partial(next, DEALLOCATIONS)

    def __init__(self, w_type):
        self.w_type = w_type
        self.w_dict = {} if w_type.instance_dict else None
        self.slot_values = [NULL] * w_type.nslots if w_type.nslots else None


GC_EPOCH = [0]      # VM collections so far, over all runs (gc/collector.py counts them)


class W_Type(W_Object):
    __slots__ = ("name", "qualname", "bases", "mro", "dict", "w_type", "host_class",
                 "cache", "subclasses", "instance_dict", "nslots", "slot_names",
                 "is_builtin", "acceptable_base", "solid", "sub_host", "plain_attrs",
                 "layout", "version", "jit_hold", "gc_epoch", "module_name", "__weakref__")

    def __init__(self, name, bases, dict_, w_metatype=None, host_class=None,
                 is_builtin=True, acceptable_base=True):
        self.name = name
        self.qualname = name
        self.bases = tuple(bases)
        self.dict = dict_
        self.w_type = w_metatype        # patched to `type` once it exists
        self.cache = {}
        self.subclasses = []
        self.is_builtin = is_builtin
        self.acceptable_base = acceptable_base
        self.nslots = 0
        self.slot_names = ()
        self.instance_dict = False
        self.host_class = host_class
        self.sub_host = host_class      # host class for instances of user subclasses
        self.solid = self
        self.layout = None              # a user class's solid base for lay-out conflicts
                                        # (objecttype._layout; None: `solid`)
        self.plain_attrs = None         # see plain_attribute_access()
        self.version = 0                # bumped by invalidate(): the JIT's type-version guards
        self.jit_hold = None            # during a collection: the traces naming this class
                                        # (jit/hotloop.py, Jit.hide_classes)
        self.gc_epoch = GC_EPOCH[0]     # VM collections before it was made (see
                                        # collector.count_vm_objects)
        # a builtin type's module (type.__module__ computes it, as CPython's
        # type_module from tp_name: not in its dict, so its instances have none)
        self.module_name = "builtins"
        for b in self.bases:
            # weak, as CPython's tp_subclasses: a dead class must not be kept alive
            b.subclasses.append(_weakref.ref(self))
        self.mro = tuple(compute_mro(self))

    def lookup(self, name):
        """The MRO lookup of `name` in the type's dicts, NULL if absent."""
        try:
            return self.cache[name]
        except KeyError:
            pass
        w = NULL
        for t in self.mro:
            d = t.dict
            if name in d:
                w = d[name]
                break
        self.cache[name] = w
        return w

    def plain_attribute_access(self):
        """True when instances use object.__getattribute__/__setattr__ and have no
        __getattr__: the interpreter may then read the instance dict directly."""
        p = self.plain_attrs
        if p is None:
            p = self.plain_attrs = (self.lookup("__getattribute__") is PLAIN[0]
                                    and self.lookup("__setattr__") is PLAIN[1]
                                    and self.lookup("__getattr__") is NULL)
        return p

    def lookup_where(self, name):
        for t in self.mro:
            if name in t.dict:
                return t, t.dict[name]
        return None, NULL

    def invalidate(self):
        self.cache.clear()
        self.plain_attrs = None
        self.version += 1
        for r in self.subclasses:
            sub = r()
            if sub is not None:
                sub.invalidate()

    def issubtype(self, other):
        return issubtype(self, other)


def issubtype(t, other):
    if t is other:
        return True
    for m in t.mro:
        if m is other:
            return True
    return False


class MROError(Exception):
    pass


def compute_mro(t):
    """C3 linearization. Raises MROError with CPython's message on conflict."""
    if not t.bases:
        return [t]
    if len(t.bases) > 1:
        # (CPython's mro_implementation checks this before the linearization)
        for i, b in enumerate(t.bases):
            if any(o is b for o in t.bases[i + 1:]):
                raise MROError("duplicate base class %s" % b.name)
    seqs = [list(b.mro) for b in t.bases] + [list(t.bases)]
    result = [t]
    while True:
        seqs = [s for s in seqs if s]
        if not seqs:
            return result
        for s in seqs:
            head = s[0]
            if not any(_in_tail(head, other) for other in seqs):
                break
        else:
            names = []
            for s in seqs:
                if s[0].name not in names:
                    names.append(s[0].name)
            raise MROError("Cannot create a consistent method resolution\norder (MRO) for bases "
                           + ", ".join(names))
        result.append(head)
        for s in seqs:
            if s[0] is head:
                del s[0]


def _in_tail(x, seq):
    for y in seq[1:]:
        if y is x:
            return True
    return False


def _dying_refcount():
    """What sys.getrefcount(self) says inside a host __del__ that runs because
    the object's last reference went (measured once: it depends on the host's
    calling convention); None on a host without reference counts (PyPy)."""
    getrefcount = getattr(_sys, "getrefcount", None)
    if getrefcount is None:
        return None, None
    seen = []

    class Probe(object):
        def __del__(self):
            seen.append(getrefcount(self))
    Probe()
    return getrefcount, seen[0]


# An object's host __del__ may let go of its references in CPython's order
# only when nothing else can see it: when its reference count went to zero.
# The host's cycle collector calls __del__ on objects the cycle still refers
# to, and a VM finalizer may run after it and use them (a generator in a cycle
# is closed by running its frame): refcount_death(self) tells the two apart.
_GETREFCOUNT, _DYING = _dying_refcount()
REFCOUNTING_HOST = _GETREFCOUNT is not None


def refcount_death(obj):
    """In a host __del__ (defined only if REFCOUNTING_HOST): obj is dying
    because its last reference went."""
    return _GETREFCOUNT(obj) <= _DYING + 1
