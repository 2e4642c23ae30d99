"""Builtin types whose values are host values: wrapping the host methods.

A builtin type family (int, str, list, ...) keeps its values as host values
because the host implements exactly the same semantics.  `populate()` installs
the host type's methods into the VM type's dict as method descriptors, so that
lookups, overrides in user subclasses and operator dispatch all happen at VM
level (space.binop finds `int.__add__` in the VM type's dict like any method).

Instances of user subclasses of these types are instances of a host subclass
made by `subclass_host()`; they carry `w_type` and `w_dict` and re-enter the VM
through the VMHooks protocol methods.
"""
from refvm.gc.instances import finalizable_subclass_instance
from refvm.objects import model, space
from refvm.objects.model import VMHooks
from refvm.objects.functions import (W_MethodDescr, W_BuiltinFunction, W_ClassMethod,
                                     W_StaticMethod, W_GetSet)

SKIP = frozenset([
    "__new__", "__init__", "__getattribute__", "__setattr__", "__delattr__",
    "__init_subclass__", "__subclasshook__", "__class_getitem__", "__reduce__",
    "__reduce_ex__", "__getstate__", "__dir__", "__class__",
    "__doc__", "__text_signature__", "__format__",
])

_method_types = (type(str.upper), type(int.__add__), type(object.__init__))
_classmethod_type = type(dict.__dict__["fromkeys"])
_getset_types = (type(int.real), type(slice.start))
_builtin_type = type(len)


def populate(w_t, host_cls, skip=(), only=None):
    for name, attr in host_cls.__dict__.items():
        if name in SKIP or name in skip or name in w_t.dict:
            continue
        if only is not None and name not in only:
            continue
        w_t.dict[name] = wrap_host_attr(w_t, host_cls, name, attr)
    w_t.dict["__doc__"] = host_cls.__doc__
    w_t.invalidate()


def wrap_host_attr(w_t, host_cls, name, attr):
    if attr is None:
        return None
    if isinstance(attr, _method_types):
        return W_MethodDescr(name, attr, w_t)
    if isinstance(attr, _classmethod_type):
        # an alternate constructor (int.from_bytes, float.fromhex, bytes.fromhex,
        # bytearray.fromhex) called on a subclass calls it with the base type's
        # result, as CPython's do: bool.from_bytes(b'\x01', 'big') is True
        bound = attr.__get__(None, host_cls)

        def alternate(w_cls, *a, **k):
            w = bound(*a, **k)
            return w if w_cls is w_t else space.call(w_cls, [w])
        return W_ClassMethod(W_BuiltinFunction(name, alternate))
    if isinstance(attr, staticmethod) or isinstance(attr, _builtin_type):
        fn = attr.__func__ if isinstance(attr, staticmethod) else attr
        return W_StaticMethod(W_BuiltinFunction(name, fn))
    if isinstance(attr, _getset_types):
        return W_GetSet(name, lambda w, a=attr, c=host_cls: a.__get__(w, c), None, None, w_t,
                        attr.__doc__)
    return attr


def install_named_repr(w_t, host_cls, names=("__repr__",)):
    """The repr of bytearray, set and frozenset names the type: a subclass
    instance's (a host W_SetSub ...) names its VM type, as CPython's does
    (`S({1})`, not `W_SetSub({1})`).  names: the methods that are that repr."""
    host_repr = host_cls.__repr__

    def rep(w_self):
        r = host_repr(w_self)
        if w_self.__class__ is host_cls:
            return r
        return model.typeof(w_self).name + r[len(type(w_self).__name__):]
    for name in names:
        w_t.dict[name] = W_MethodDescr(name, rep, w_t)
    w_t.invalidate()


_SUBCLASS_HOSTS = {}


def subclass_host(host_cls):
    """The host class for instances of user subclasses of builtin `host_cls`."""
    h = _SUBCLASS_HOSTS.get(host_cls)
    if h is None:
        h = type("W_%sSub" % host_cls.__name__.capitalize(), (VMHooks, host_cls), {})
        _SUBCLASS_HOSTS[host_cls] = h
    return h


def install_sequence_ops(w_t, host_cls):
    """Sequence + and * (CPython's sq_concat/sq_repeat) come after the other
    operand's reflected method: return NotImplemented for non-builtin operands."""
    host_add = host_cls.__add__
    host_mul = host_cls.__mul__
    # which right operands the host's concatenation accepts (CPython's rule; the
    # error for the others is worded by space.binop, whatever the host says)
    accepts = (bytes, bytearray) if host_cls in (bytes, bytearray) else host_cls

    def add(w_self, w_other):
        if not isinstance(w_other, accepts):
            return NotImplemented
        return host_add(w_self, w_other)

    def mul(w_self, w_other):
        if not isinstance(w_other, int) and \
                model.typeof(w_other).lookup("__index__") is model.NULL:
            return NotImplemented
        return host_mul(w_self, w_other)

    # called by name (`"s".__add__(1)`), CPython's wrappers of sq_concat and
    # sq_repeat raise where the slot gives NotImplemented to the operator
    def add_called(w_self, w_other):
        w_r = add(w_self, w_other)
        if w_r is NotImplemented:
            from refvm.objects import exceptions as E
            other = model.typeof(w_other).name
            if host_cls in (bytes, bytearray):
                raise space.oefmt(E.w_TypeError, "can't concat %s to %s"
                                  % (other, host_cls.__name__))
            raise space.oefmt(E.w_TypeError, 'can only concatenate %s (not "%s") to %s'
                              % (host_cls.__name__, other, host_cls.__name__))
        return w_r

    def mul_called(w_self, w_other):
        return host_mul(w_self, space.index(w_other))
    w_t.dict["__add__"] = W_MethodDescr("__add__", add_called, w_t, add)
    w_t.dict["__mul__"] = W_MethodDescr("__mul__", mul_called, w_t, mul)
    w_t.dict["__rmul__"] = W_MethodDescr("__rmul__", mul_called, w_t, mul)
    w_t.invalidate()


def new_instance(w_cls, host_cls, value):
    """A value of builtin type `host_cls`, or of VM subclass `w_cls` of it."""
    w_base = model.HOST2VM.get(host_cls)
    if w_base is w_cls:
        return value
    if not isinstance(w_cls, model.W_Type) or not model.issubtype(w_cls, w_base):
        from refvm.objects import exceptions as E
        what = w_cls.name if isinstance(w_cls, model.W_Type) else space.type_name(w_cls)
        raise space.oefmt(E.w_TypeError, "%s.__new__(%s): %s is not a subtype of %s"
                          % (w_base.name, what, what, w_base.name))
    w = w_cls.sub_host(value)
    w.w_type = w_cls
    w.w_dict = {} if w_cls.instance_dict else None
    return finalizable_subclass_instance(w)
