"""The copy and pickle protocol of CPython 3.11 (Objects/typeobject.c):
`object.__reduce_ex__`, `object.__reduce__`, `object.__getstate__`, and the
`__reduce__` of the builtin types whose instances need their own (set,
frozenset, bytearray).  The host's `copy`, `copyreg` and `pickle` modules run
on refvm on top of them, as they run on CPython on top of the C ones.

What `__reduce_ex__(protocol)` returns for an object whose class does not
override `__reduce__`: for protocol 2 and more, reduce_newobj's five-tuple
(`copyreg.__newobj__` or `__newobj_ex__`, the class and the arguments of
`__getnewargs_ex__` / `__getnewargs__`, the state, a list's items, a dict's
items); below 2, `copyreg._reduce_ex`.  The state is `__getstate__()`'s:
object's default is the instance dict (None when empty) and, with
`__slots__`, `(dict, {slot: value})` for the slots that are set
(`copyreg._slotnames`, which caches `__slotnames__` on the class, as on
CPython)."""
import builtins as _host_builtins

from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, typeof, issubtype, HOST2VM
from refvm.objects.typeobject import w_object, w_type, host_type
from refvm.objects.functions import (method, getset, w_builtin_function,
                                     w_method_descriptor, w_method)
from refvm.objects.objecttype import _native_dict, VARIABLE_SIZE
from refvm.objects.module import w_module
from refvm.objects.singletons import w_ellipsis, w_NotImplementedType
from refvm.objects.containers import (w_list, w_tuple, w_dict, w_set, w_frozenset, w_range,
                                     w_slice)
from refvm.objects.strings import w_bytearray


def _copyreg():
    from refvm.importer import IMPORTER
    return IMPORTER.import_name("copyreg", None, 0, {})


def _builtin(name):
    """The VM's builtin of that name (getattr, iter, reversed)."""
    from refvm.interp.instructions import BUILTINS
    return BUILTINS.get(name)


@method(w_object, "__reduce_ex__")
def object_reduce_ex(w_self, protocol):
    protocol = space.index(protocol)
    w_reduce = space.getattr_or_null(w_self, "__reduce__")
    if w_reduce is not NULL:
        # (a class overriding __reduce__ is asked, whatever the protocol)
        if typeof(w_self).lookup("__reduce__") is not OBJECT_REDUCE:
            return space.call(w_reduce, [])
    return _common_reduce(w_self, protocol)


@method(w_object, "__reduce__")
def object_reduce(w_self):
    return _common_reduce(w_self, 0)


@method(w_object, "__getstate__")
def object_getstate(w_self):
    return _getstate_default(w_self, False)


OBJECT_REDUCE = w_object.dict["__reduce__"]
OBJECT_GETSTATE = w_object.dict["__getstate__"]


def _common_reduce(w_self, proto):
    if proto >= 2:
        return _reduce_newobj(w_self)
    return space.call(space.getattr(_copyreg(), "_reduce_ex"), [w_self, proto])


def _new_arguments(w_self):
    """_PyObject_GetNewArguments: (args, kwargs) from __getnewargs_ex__ or
    __getnewargs__, or (None, None)."""
    t = typeof(w_self)
    w_ex = t.lookup("__getnewargs_ex__")
    if w_ex is not NULL:
        w_r = space.call_special(w_ex, w_self)
        if w_r.__class__ is not tuple:
            raise space.oefmt(E.w_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'"
                              % space.type_name(w_r))
        if len(w_r) != 2:
            raise space.oefmt(E.w_ValueError, "__getnewargs_ex__ should return a tuple of "
                              "length 2, not %d" % len(w_r))
        w_args, w_kwargs = w_r
        if not space.isinstance_w(w_args, w_tuple):
            raise space.oefmt(E.w_TypeError, "first item of the tuple returned by "
                              "__getnewargs_ex__ must be a tuple, not '%s'"
                              % space.type_name(w_args))
        if not space.isinstance_w(w_kwargs, w_dict):
            raise space.oefmt(E.w_TypeError, "second item of the tuple returned by "
                              "__getnewargs_ex__ must be a dict, not '%s'"
                              % space.type_name(w_kwargs))
        return tuple(w_args), w_kwargs
    w_new = t.lookup("__getnewargs__")
    if w_new is not NULL:
        w_args = space.call_special(w_new, w_self)
        if not space.isinstance_w(w_args, w_tuple):
            raise space.oefmt(E.w_TypeError, "__getnewargs__ should return a tuple, not '%s'"
                              % space.type_name(w_args))
        return tuple(w_args), None
    return None, None


def _reduce_newobj(w_self):
    t = typeof(w_self)
    args, kwargs = _new_arguments(w_self)
    w_copyreg = _copyreg()
    if not kwargs:
        w_newobj = space.getattr(w_copyreg, "__newobj__")
        newargs = (t,) + (args or ())
    else:
        w_newobj = space.getattr(w_copyreg, "__newobj_ex__")
        newargs = (t, args, kwargs)
    is_list = space.isinstance_w(w_self, w_list)
    is_dict = space.isinstance_w(w_self, w_dict)
    w_state = _getstate(w_self, not (args is not None or is_list or is_dict))
    w_listitems = space.iter(w_self) if is_list else None
    w_dictitems = space.iter(space.call(space.getattr(w_self, "items"), [])) if is_dict else None
    return (w_newobj, newargs, w_state, w_listitems, w_dictitems)


def _getstate(w_self, required):
    """object_getstate: __getstate__()'s answer; object's own is told whether
    a state is required (no arguments for __new__ to rebuild the object)."""
    w_get = space.getattr(w_self, "__getstate__")
    if typeof(w_self).lookup("__getstate__") is OBJECT_GETSTATE:
        return _getstate_default(w_self, required)
    return space.call(w_get, [])


# (builtin types whose instances carry state of their own beyond a dict and
# slots: CPython's basicsize test refuses to pickle them by default)
_OPAQUE_SOLIDS = frozenset(["object", "list", "dict"])


def _getstate_default(w_self, required):
    t = typeof(w_self)
    if required and t.solid.name in VARIABLE_SIZE:       # (tp_itemsize != 0)
        raise space.oefmt(E.w_TypeError, "cannot pickle %s objects" % t.name)
    d = space._instance_dict(w_self)
    w_state = d if d else None
    w_names = _slotnames(t)
    if required and t.solid.name not in _OPAQUE_SOLIDS and \
            not issubtype(t, E.w_BaseException):
        raise space.oefmt(E.w_TypeError, "cannot pickle '%s' object" % t.name)
    if w_names is not None and len(w_names):
        slots = {}
        for name in w_names:
            w_v = space.getattr_or_null(w_self, name) if isinstance(name, str) else NULL
            if w_v is not NULL:
                slots[name] = w_v
        if slots:
            w_state = (w_state, slots)
    return w_state


def _slotnames(t):
    """_PyType_GetSlotNames: the class's __slotnames__, or copyreg._slotnames'."""
    w_names = t.dict.get("__slotnames__", NULL)
    if w_names is NULL:
        w_names = space.call(space.getattr(_copyreg(), "_slotnames"), [t])
    if w_names is not None and w_names.__class__ is not list and \
            not space.isinstance_w(w_names, w_list):
        raise space.oefmt(E.w_TypeError, "copyreg._slotnames didn't return a list or None")
    return w_names


def _reduce_with_items(w_self):
    """set, frozenset: (type, (list of the items,), state)."""
    return (typeof(w_self), (list(space.unpack_iterable(w_self)),), _getstate(w_self, False))


method(w_set, "__reduce__")(_reduce_with_items)
method(w_frozenset, "__reduce__")(_reduce_with_items)


@method(w_bytearray, "__reduce_ex__")
def bytearray_reduce_ex(w_self, proto=0):
    # (CPython's bytearray_reduce_ex: the bytes latin-1 decoded below protocol 3)
    proto = space.index(proto)
    data = bytes(w_self)
    w_state = _getstate(w_self, False)
    if not data:
        return (typeof(w_self), (), w_state)
    if proto < 3:
        return (typeof(w_self), (data.decode("latin-1"), "latin-1"), w_state)
    return (typeof(w_self), (data,), w_state)


@method(w_bytearray, "__reduce__")
def bytearray_reduce(w_self):
    return bytearray_reduce_ex(w_self, 0)


@method(w_range, "__reduce__")
def range_reduce(w_self):
    return (w_range, (w_self.start, w_self.stop, w_self.step))


@method(w_slice, "__reduce__")
def slice_reduce(w_self):
    return (w_slice, (w_self.start, w_self.stop, w_self.step))


@method(E.w_BaseException, "__reduce__")
def exception_reduce(w_self):
    # (CPython's BaseException_reduce: the dict when the exception has one)
    d = space._instance_dict(w_self)
    if d:
        return (typeof(w_self), tuple(w_self.args), d)
    return (typeof(w_self), tuple(w_self.args))


@method(E.w_BaseException, "__setstate__")
def exception_setstate(w_self, w_state):
    if w_state is not None:
        if not space.isinstance_w(w_state, w_dict):
            raise space.oefmt(E.w_TypeError, "state is not a dictionary")
        for w_k, w_v in list(w_state.items()):
            space.setattr(w_self, w_k, w_v)
    return None


# ------------------------------------------------------------------ by name
# (what pickle saves as a reference: a module-level builtin by its name, a
# method of an object or type as getattr(owner, name), as CPython's
# meth_reduce, descr_reduce and method_reduce answer)

@method(w_builtin_function, "__reduce__")
def builtin_function_reduce(w_f):
    w_self = w_f.w_self
    if w_self is None or typeof(w_self) is w_module:
        return w_f.name
    return (_builtin("getattr"), (w_self, w_f.name))


@method(w_method_descriptor, "__reduce__")
def method_descriptor_reduce(w_d):
    return (_builtin("getattr"), (w_d.w_objtype, w_d.name))


@method(w_method, "__reduce__")
def method_reduce(w_m):
    return (_builtin("getattr"), (w_m.w_self, space.getattr(w_m.w_func, "__name__")))


method(w_ellipsis, "__reduce__")(lambda w: "Ellipsis")
method(w_NotImplementedType, "__reduce__")(lambda w: "NotImplemented")


# ------------------------------------------------------------------ type.__flags__
# (copyreg._reduce_ex tells the builtin bases of a class by Py_TPFLAGS_HEAPTYPE)

_HEAPTYPE, _BASETYPE, _READY, _HAVE_GC, _MANAGED_DICT = 1 << 9, 1 << 10, 1 << 12, 1 << 14, 1 << 4
_IS_ABSTRACT = 1 << 20
# inherited from the builtin base: its *_SUBCLASS bits, _Py_TPFLAGS_MATCH_SELF,
# Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING
_INHERITED = 0xFF000000 | (1 << 22) | (1 << 5) | (1 << 6)


def _host_flags(w_t):
    h = host_type(w_t)
    return h.__flags__ if h is not None else _BASETYPE | _READY | (1 << 8)


def type_flags(w_t):
    """A builtin type's flags are its host counterpart's (CPython's own, on a
    CPython host); a class's are computed as CPython 3.11's type_new sets them."""
    if w_t.is_builtin:
        return _host_flags(w_t)
    solid = w_t.solid
    flags = _HEAPTYPE | _BASETYPE | _READY | _HAVE_GC | (_host_flags(solid) & _INHERITED)
    if w_t.instance_dict and getattr(host_type(solid), "__itemsize__", 0) == 0 and \
            not _native_dict(solid):
        flags |= _MANAGED_DICT
    w_abstract = w_t.dict.get("__abstractmethods__")
    if w_abstract is not None and space.truth(w_abstract):
        flags |= _IS_ABSTRACT
    return flags


getset(w_type, "__flags__")(type_flags)


# ------------------------------------------------------------------ host iterators
# (list, tuple, str, range, reversed and dict iterators are the host's: their
# __reduce__ is the host's, whose callable, iter or reversed, is the host's
# builtin; the program gets the VM's builtin of the same name)

def _host_iterator_reduce(w_it):
    r = type(w_it).__reduce__(w_it)
    name = getattr(r[0], "__name__", None)
    w_fn = _builtin(name)
    if w_fn is None or getattr(_host_builtins, name, None) is not r[0]:
        raise space.oefmt(E.w_TypeError, "cannot pickle '%s' object" % space.type_name(w_it))
    return (w_fn,) + tuple(r[1:])


for _h in space.HOST_ITERATORS:
    _w_t = HOST2VM.get(_h)
    if _w_t is not None and "__reduce__" in vars(_h):
        method(_w_t, "__reduce__")(_host_iterator_reduce)
