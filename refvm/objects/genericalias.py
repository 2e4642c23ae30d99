"""types.GenericAlias (PEP 585: `list[int]`) and types.UnionType (PEP 604:
`int | None`), as CPython 3.11 has them (Objects/genericaliasobject.c,
Objects/unionobject.c; behaviour checked against the host by
tests/refvm/programs/generic_aliases_and_unions.py).

An alias keeps its origin and arguments and otherwise behaves as its origin:
calling it calls the origin, a class may name it as a base
(`__mro_entries__`), attributes it does not have itself are the origin's.
A union keeps its arguments flattened and without repeats; `isinstance` and
`issubclass` test them in order.  Type variables (typing.TypeVar) are not
supported: __parameters__ is always empty."""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, W_Type, NULL, typeof
from refvm.objects.typeobject import builtin_type, w_type
from refvm.objects.functions import method, staticmethod_, classmethod_, getset


class W_GenericAlias(W_Object):
    __slots__ = ("w_origin", "w_args", "__weakref__")

    def __init__(self, w_origin, w_args):
        self.w_origin = w_origin
        self.w_args = w_args if w_args.__class__ is tuple else (w_args,)


class W_UnionType(W_Object):
    __slots__ = ("w_args", "__weakref__")

    def __init__(self, w_args):
        self.w_args = w_args


w_genericalias = builtin_type("GenericAlias", module="types")
W_GenericAlias.w_type = w_genericalias
w_uniontype = builtin_type("UnionType", module="types", acceptable_base=False)
W_UnionType.w_type = w_uniontype

# the names an alias answers itself; any other attribute is its origin's
_OWN = frozenset(["__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                  "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                  "__reduce__", "__copy__", "__deepcopy__"])


def repr_item(w):
    """ga_repr_item: `...`, a nested alias's repr, a type's (module.)qualname,
    anything else's repr."""
    if w is Ellipsis:
        return "..."
    try:
        if space.getattr_or_null(w, "__origin__") is not NULL and \
                space.getattr_or_null(w, "__args__") is not NULL:
            return space.repr(w)
        w_qualname = space.getattr_or_null(w, "__qualname__")
        w_module = space.getattr_or_null(w, "__module__")
    except VMError:
        return space.repr(w)
    if w_qualname is NULL or w_module is NULL or w_module is None:
        return space.repr(w)
    if w_module == "builtins":
        return space.str(w_qualname)
    return "%s.%s" % (space.str(w_module), space.str(w_qualname))


# ------------------------------------------------------------------ GenericAlias

@staticmethod_(w_genericalias, "__new__")
def genericalias_new(w_cls, *args, **kwargs):
    if kwargs:
        raise space.oefmt(E.w_TypeError, "GenericAlias() takes no keyword arguments")
    if len(args) != 2:
        raise space.oefmt(E.w_TypeError, "GenericAlias expected 2 arguments, got %d" % len(args))
    return W_GenericAlias(args[0], args[1])


def class_getitem(w_cls, w_item):
    """`__class_getitem__` of the builtin generic types: a GenericAlias."""
    return W_GenericAlias(w_cls, w_item)


@method(w_genericalias, "__getattribute__")
def genericalias_getattribute(w_self, name):
    if not isinstance(name, str):
        raise space.oefmt(E.w_TypeError, "attribute name must be string, not '%s'"
                          % space.type_name(name))
    if name not in _OWN:
        return space.getattr(w_self.w_origin, name)
    w_v = space.generic_getattr(w_self, name, w_genericalias)
    if w_v is NULL:
        raise space.attribute_error(w_self, name)
    return w_v


getset(w_genericalias, "__origin__")(lambda w: w.w_origin)
getset(w_genericalias, "__args__")(lambda w: w.w_args)
getset(w_genericalias, "__parameters__")(lambda w: ())
getset(w_genericalias, "__unpacked__")(lambda w: False)


@method(w_genericalias, "__repr__")
def genericalias_repr(w_self):
    args = w_self.w_args
    inner = ", ".join(repr_item(w) for w in args) if args else "()"
    return "%s[%s]" % (repr_item(w_self.w_origin), inner)


@method(w_genericalias, "__eq__")
def genericalias_eq(w_self, w_other):
    if w_other.__class__ is not W_GenericAlias:
        return NotImplemented
    return space.eq_w(w_self.w_origin, w_other.w_origin) and \
        space.eq_w(w_self.w_args, w_other.w_args)


@method(w_genericalias, "__hash__")
def genericalias_hash(w_self):
    return space.hash(w_self.w_origin) ^ space.hash(w_self.w_args)


@method(w_genericalias, "__call__")
def genericalias_call(w_self, *args, **kwargs):
    w_obj = space.call(w_self.w_origin, list(args), kwargs or None)
    try:
        space.setattr(w_obj, "__orig_class__", w_self)
    except VMError as e:
        if not (space.isinstance_w(e.w_exc, E.w_AttributeError) or
                space.isinstance_w(e.w_exc, E.w_TypeError)):
            raise
    return w_obj


@method(w_genericalias, "__mro_entries__")
def genericalias_mro_entries(w_self, w_bases):
    return (w_self.w_origin,)


@method(w_genericalias, "__instancecheck__")
def genericalias_instancecheck(w_self, w_obj):
    raise space.oefmt(E.w_TypeError, "isinstance() argument 2 cannot be a parameterized generic")


@method(w_genericalias, "__subclasscheck__")
def genericalias_subclasscheck(w_self, w_obj):
    raise space.oefmt(E.w_TypeError, "issubclass() argument 2 cannot be a parameterized generic")


@method(w_genericalias, "__getitem__")
def genericalias_getitem(w_self, w_item):
    raise space.oefmt(E.w_TypeError, "%s is not a generic class" % genericalias_repr(w_self))


@method(w_genericalias, "__dir__")
def genericalias_dir(w_self):
    from refvm.builtins import dir_
    return sorted(set(space.unpack_iterable(dir_(w_self.w_origin))) | set(_OWN))


# ------------------------------------------------------------------ UnionType

def unionable(w):
    return w is None or w.__class__ is W_Type or w.__class__ is W_GenericAlias or \
        w.__class__ is W_UnionType


def make_union(w_a, w_b):
    """`a | b`: NotImplemented unless both may be in a union; the one type
    when there is only one once flattened and without repeats."""
    if not (unionable(w_a) and unionable(w_b)):
        return NotImplemented
    args = []
    for w in (w_a, w_b):
        for w_item in (w.w_args if w.__class__ is W_UnionType else (w,)):
            if w_item is None:
                w_item = typeof(None)
            if not any(w_item is w_x or (w_item.__class__ is W_GenericAlias and
                                         space.eq_w(w_item, w_x))
                       for w_x in args):
                args.append(w_item)
    if len(args) == 1:
        return args[0]
    return W_UnionType(tuple(args))


def _union_or(w_self, w_other):
    return make_union(w_self, w_other)


def _union_ror(w_self, w_other):
    return make_union(w_other, w_self)


for _w in (w_genericalias, w_uniontype, w_type):
    method(_w, "__or__")(_union_or)
    method(_w, "__ror__")(_union_ror)

getset(w_uniontype, "__args__")(lambda w: w.w_args)
getset(w_uniontype, "__parameters__")(lambda w: ())


@method(w_uniontype, "__repr__")
def union_repr(w_self):
    return " | ".join("None" if w is typeof(None) else repr_item(w) for w in w_self.w_args)


@method(w_uniontype, "__eq__")
def union_eq(w_self, w_other):
    if w_other.__class__ is not W_UnionType:
        return NotImplemented
    return space.eq_w(frozenset(w_self.w_args), frozenset(w_other.w_args))


@method(w_uniontype, "__hash__")
def union_hash(w_self):
    return space.hash(frozenset(w_self.w_args))


def _union_check(which):
    """__instancecheck__/__subclasscheck__: the builtin's test with each
    argument in order, until one passes (a later alias is not reached)."""
    def check(w_self, w_x):
        import refvm.builtins as b
        test = getattr(b, which)
        return any(test(w_x, w_arg) for w_arg in w_self.w_args)
    return check


method(w_uniontype, "__instancecheck__")(_union_check("isinstance_"))
method(w_uniontype, "__subclasscheck__")(_union_check("issubclass_"))


@method(w_uniontype, "__getitem__")
def union_getitem(w_self, w_item):
    raise space.oefmt(E.w_TypeError, "%s is not a generic class" % union_repr(w_self))


def install(types_):
    """`__class_getitem__` of the builtin generic types (CPython 3.11's:
    list, dict, set, frozenset, tuple, enumerate; `type[...]` is
    space.getitem's)."""
    for w_t in types_:
        classmethod_(w_t, "__class_getitem__")(class_getitem)
