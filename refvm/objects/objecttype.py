"""The methods of `object` and `type`, class creation, and `super`.

This is the data model's "Customizing attribute access", "Customizing class
creation" and "Basic customization" in executable form.
"""
from refvm.errors import VMError
from refvm.objects import model, space, exceptions as E
from refvm.objects.model import W_Object, W_Type, W_Instance, NULL, typeof, issubtype, HOST2VM
from refvm.gc.instances import new_instance, type_gained_del, instance_gained_del
from refvm.objects.typeobject import (builtin_doc, w_object, w_type, builtin_type, type_module_name,
                                      type_repr_name)
from refvm.objects.functions import (W_Function, W_MethodDescr, W_BuiltinFunction, W_GetSet,
                                     W_StaticMethod, W_ClassMethod, W_SlotMember, W_Cell,
                                     method, getset, staticmethod_, classmethod_)

interp = None   # set by bootstrap


# ------------------------------------------------------------------ object

@method(w_object, "__getattribute__")
def object_getattribute(w_self, name):
    name = _attr_name(name)
    w_v = space.generic_getattr(w_self, name, typeof(w_self))
    if w_v is NULL:
        raise space.attribute_error(w_self, name)
    return w_v


@method(w_object, "__setattr__")
def object_setattr(w_self, name, w_value):
    _hackcheck(w_self, "__setattr__")
    space.generic_setattr(w_self, _attr_name(name), w_value, typeof(w_self))


@method(w_object, "__delattr__")
def object_delattr(w_self, name):
    _hackcheck(w_self, "__delattr__")
    space.generic_delattr(w_self, _attr_name(name), typeof(w_self))


def _hackcheck(w_self, what):
    """CPython's hackcheck: object.__setattr__ applied to an object whose
    builtin type sets attributes its own way (a class: type's) refuses."""
    if w_self.__class__ is W_Type:
        raise space.oefmt(E.w_TypeError, "can't apply this %s to %s object"
                          % (what, typeof(w_self).name))


def _attr_name(w_name):
    if not isinstance(w_name, str):
        raise space.oefmt(E.w_TypeError, "attribute name must be string, not '%s'"
                          % space.type_name(w_name))
    return str(w_name)


@staticmethod_(w_object, "__new__")
def object_new(w_cls, *args, **kwargs):
    return object_new_of(w_cls, args, kwargs)


def object_new_of(w_cls, args, kwargs):
    """object.__new__ (CPython's object_new) given its arguments as they are."""
    if not isinstance(w_cls, W_Type):
        raise space.oefmt(E.w_TypeError, "object.__new__(X): X is not a type object (%s)"
                          % space.type_name(w_cls))
    if args or kwargs:
        if (w_cls.lookup("__new__") is not OBJECT_NEW_SM
                or w_cls.lookup("__init__") is OBJECT_INIT):
            raise space.oefmt(E.w_TypeError, "%s() takes no arguments" % w_cls.name)
    if w_cls.solid is not w_object:
        raise space.oefmt(E.w_TypeError, "object.__new__(%s) is not safe, use %s.__new__()"
                          % (w_cls.name, w_cls.solid.name))
    return new_instance(w_cls)


@method(w_object, "__init__")
def object_init(w_self, *args, **kwargs):
    if args or kwargs:
        t = typeof(w_self)
        if t.lookup("__init__") is not OBJECT_INIT or t.lookup("__new__") is OBJECT_NEW_SM:
            # (CPython names object, whatever the instance's type)
            raise space.oefmt(E.w_TypeError, "object.__init__() takes exactly one argument "
                              "(the instance to initialize)")
    return None


@method(w_object, "__repr__")
def object_repr(w_self):
    t = typeof(w_self)
    return "<%s object at 0x%x>" % (type_repr_name(t), id(w_self))


@method(w_object, "__str__")
def object_str(w_self):
    # CPython's object_str calls the type's repr slot, whose result str() checks
    # (as __str__'s: "__str__ returned non-string"), not repr()
    if w_self.__class__ in space.PRIMITIVE:
        return space.repr(w_self)
    return space.lookup_and_call(w_self, "__repr__")


@method(w_object, "__format__")
def object_format(w_self, spec):
    if not isinstance(spec, str):
        raise space.oefmt(E.w_TypeError, "__format__() argument must be str, not %s"
                          % ("None" if spec is None else space.type_name(spec)))
    if spec:
        raise space.oefmt(E.w_TypeError, "unsupported format string passed to %s.__format__"
                          % space.type_name(w_self))
    return space.str(w_self)


@method(w_object, "__hash__")
def object_hash(w_self):
    return object.__hash__(w_self)


@method(w_object, "__eq__")
def object_eq(w_self, w_other):
    return True if w_self is w_other else NotImplemented


@method(w_object, "__ne__")
def object_ne(w_self, w_other):
    w_r = space.call_special(typeof(w_self).lookup("__eq__"), w_self, w_other)
    if w_r is NotImplemented:
        return w_r
    return not space.truth(w_r)


def _not_implemented(w_self, w_other):
    return NotImplemented


for _n in ("__lt__", "__le__", "__gt__", "__ge__"):
    w_object.dict[_n] = W_MethodDescr(_n, _not_implemented, w_object)


@classmethod_(w_object, "__init_subclass__")
def object_init_subclass(w_cls, *args, **kwargs):
    # (METH_NOARGS bound to the class: its name in the messages)
    if args:
        raise space.oefmt(E.w_TypeError, "%s.__init_subclass__() takes no arguments (%d given)"
                          % (w_cls.qualname, len(args)))
    if kwargs:
        raise space.oefmt(E.w_TypeError, "%s.__init_subclass__() takes no keyword arguments"
                          % w_cls.qualname)
    return None


@classmethod_(w_object, "__subclasshook__")
def object_subclasshook(w_cls, *args):
    return NotImplemented


@method(w_object, "__dir__")
def object_dir(w_self):
    names = set()
    d = space._instance_dict(w_self)
    if d is not None:
        names.update(k for k in d if isinstance(k, str))
    for t in typeof(w_self).mro:
        names.update(t.dict)
    return sorted(names)


@method(w_object, "__reduce_ex__")
def object_reduce_ex(w_self, proto):
    raise space.oefmt(E.w_TypeError, "cannot pickle '%s' object" % space.type_name(w_self))


@method(w_object, "__sizeof__")
def object_sizeof(w_self):
    return 16


def _get_class(w_self):
    return typeof(w_self)


def _set_class(w_self, w_cls):
    if not isinstance(w_cls, W_Type):
        raise space.oefmt(E.w_TypeError, "__class__ must be set to a class, not '%s' object"
                          % space.type_name(w_cls))
    old = typeof(w_self)
    if not isinstance(w_self, W_Instance) or w_cls.solid is not old.solid \
            or w_cls.nslots != old.nslots or w_cls.instance_dict != old.instance_dict:
        raise space.oefmt(E.w_TypeError, "__class__ assignment: '%s' object layout differs from '%s'"
                          % (w_cls.name, old.name))
    w_self.w_type = w_cls
    if w_self.__class__ is W_Instance and w_cls.lookup("__del__") is not NULL:
        instance_gained_del(w_self)


def _del_class(w_self):
    raise space.oefmt(E.w_TypeError, "can't delete __class__ attribute")


getset(w_object, "__class__", _set_class, _del_class)(_get_class)

OBJECT_GETATTRIBUTE = w_object.dict["__getattribute__"]
OBJECT_SETATTR = w_object.dict["__setattr__"]
OBJECT_DELATTR = w_object.dict["__delattr__"]
OBJECT_NEW_SM = w_object.dict["__new__"]
OBJECT_INIT = w_object.dict["__init__"]


def _instance_dict_get(w_self):
    return w_self.w_dict


def _instance_dict_set(w_self, w_d):
    if w_d.__class__ is not dict:
        raise space.oefmt(E.w_TypeError, "__dict__ must be set to a dictionary, not a '%s'"
                          % space.type_name(w_d))
    w_self.w_dict = w_d


def _instance_dict_del(w_self):
    """`del o.__dict__`: CPython drops the dict and makes a new empty one when
    next asked for it."""
    w_self.w_dict = {}


# ------------------------------------------------------------------ type

def type_getattr(w_t, name):
    """type.__getattribute__ without raising: NULL when absent."""
    meta = typeof(w_t)
    w_meta_descr = meta.lookup(name)
    w_meta_get = NULL
    if w_meta_descr is not NULL:
        c = w_meta_descr.__class__
        if c is not W_Function and c is not W_MethodDescr:
            dt = typeof(w_meta_descr)
            w_meta_get = dt.lookup("__get__")
            if w_meta_get is not NULL and (dt.lookup("__set__") is not NULL
                                           or dt.lookup("__delete__") is not NULL):
                return space.call_special(w_meta_get, w_meta_descr, w_t, meta)
    w_descr = w_t.lookup(name)
    if w_descr is not NULL:
        c = w_descr.__class__
        if c is W_Function or c is W_MethodDescr:
            return w_descr
        if c is W_StaticMethod:
            return w_descr.w_func
        w_get = typeof(w_descr).lookup("__get__")
        if w_get is not NULL:
            return space.call_special(w_get, w_descr, None, w_t)
        return w_descr
    if w_meta_descr is not NULL:
        if w_meta_descr.__class__ is W_Function or w_meta_descr.__class__ is W_MethodDescr:
            return space.get(w_meta_descr, w_t, meta)
        if w_meta_get is not NULL:
            return space.call_special(w_meta_get, w_meta_descr, w_t, meta)
        return w_meta_descr
    return NULL


@method(w_type, "__getattribute__")
def type_getattribute(w_t, name):
    name = _attr_name(name)
    w_v = type_getattr(w_t, name)
    if w_v is NULL:
        raise space.attribute_error(w_t, name)
    return w_v


@method(w_type, "__setattr__")
def type_setattr(w_t, name, w_value):
    _check_mutable(w_t, name)
    name = _attr_name(name)
    w_meta_descr = typeof(w_t).lookup(name)
    if w_meta_descr is not NULL:
        w_set = typeof(w_meta_descr).lookup("__set__")
        if w_set is not NULL:
            space.call_special(w_set, w_meta_descr, w_t, w_value)
            return
    had_del = name == "__del__" and name in w_t.dict
    w_t.dict[name] = w_value
    w_t.invalidate()
    if name == "__del__" and not had_del:
        type_gained_del(w_t)


def _check_mutable(w_t, w_name):
    """CPython's type_setattro tests a builtin type's immutability first (for
    a deletion too: it says `set`), naming the attribute by its repr."""
    if w_t.is_builtin:
        raise space.oefmt(E.w_TypeError, "cannot set %s attribute of immutable type '%s'"
                          % (space.repr(w_name), w_t.name))


@method(w_type, "__delattr__")
def type_delattr(w_t, name):
    _check_mutable(w_t, name)
    name = _attr_name(name)
    w_meta_descr = typeof(w_t).lookup(name)
    if w_meta_descr is not NULL:
        # a data descriptor of the metatype (type's own getsets, __name__ ...)
        w_del = typeof(w_meta_descr).lookup("__delete__")
        if w_del is not NULL:
            space.call_special(w_del, w_meta_descr, w_t)
            return
    if name not in w_t.dict:
        raise space.attribute_error(w_t, name)
    del w_t.dict[name]
    w_t.invalidate()


def type_call(w_cls, args, kwargs):
    """type.__call__: __new__ then, for an instance of the class, __init__."""
    if w_cls is w_type and len(args) == 1 and not kwargs:
        return typeof(args[0])
    if kwargs and w_cls.lookup("__new__") is OBJECT_NEW_SM and \
            not all(isinstance(k, str) for k in kwargs):
        # (CPython's object_new takes type_call's keyword dict as it is, and
        # refuses it for a class without __init__ before any key is looked at)
        w_obj = object_new_of(w_cls, args, kwargs)
    else:
        w_new = type_getattr(w_cls, "__new__")
        w_obj = space.call(w_new, [w_cls] + list(args), kwargs)
    if not space.isinstance_w(w_obj, w_cls):
        return w_obj
    w_init = typeof(w_obj).lookup("__init__")
    if w_init is not OBJECT_INIT or args or kwargs:
        w_r = space.call(space.get(w_init, w_obj), list(args), kwargs)
        if w_r is not None:
            raise space.oefmt(E.w_TypeError, "__init__() should return None, not '%s'"
                              % space.type_name(w_r))
    return w_obj


@method(w_type, "__call__")
def type_call_method(w_cls, *args, **kwargs):
    return type_call(w_cls, list(args), kwargs)


@staticmethod_(w_type, "__new__")
def type_new(w_meta, *args, **kwargs):
    if len(args) == 1 and not kwargs and w_meta is w_type:
        return typeof(args[0])
    if len(args) != 3:
        raise space.oefmt(E.w_TypeError, "type() takes 1 or 3 arguments")
    name, w_bases, w_ns = args
    if not isinstance(name, str):
        raise space.oefmt(E.w_TypeError, "type.__new__() argument 1 must be str, not %s"
                          % space.type_name(name))
    if w_bases.__class__ is not tuple:
        raise space.oefmt(E.w_TypeError, "type.__new__() argument 2 must be tuple, not %s"
                          % space.type_name(w_bases))
    if w_ns.__class__ is not dict and not space.isinstance_w(w_ns, HOST2VM[dict]):
        raise space.oefmt(E.w_TypeError, "type.__new__() argument 3 must be dict, not %s"
                          % space.type_name(w_ns))
    for w_b in w_bases:
        # (type_new_get_bases: a base that is no class but resolves to classes
        # is for the class statement, or types.new_class, not type())
        if not isinstance(w_b, W_Type) and \
                space.getattr_or_null(w_b, "__mro_entries__") is not NULL:
            raise space.oefmt(E.w_TypeError, "type() doesn't support MRO entry resolution; "
                              "use types.new_class()")
    winner = calculate_metaclass(w_meta, w_bases)   # (its conflict first, as CPython's)
    if winner is not w_meta:
        # CPython's type_new: a more derived metaclass of the bases with a
        # __new__ of its own makes the class (`type(name, (AnEnum,), ns, **kw)`)
        w_new = type_getattr(winner, "__new__")
        if w_new is not type_getattr(w_type, "__new__"):
            return space.call(w_new, [winner] + list(args), kwargs or None)
    return create_class(w_meta, str(name), w_bases, w_ns, kwargs)


@method(w_type, "__init__")
def type_init(w_t, *args, **kwargs):
    # (CPython's type_init: the checks type.__new__ leaves to it)
    if kwargs and len(args) == 1:
        raise space.oefmt(E.w_TypeError, "type.__init__() takes no keyword arguments")
    if len(args) not in (1, 3):
        raise space.oefmt(E.w_TypeError, "type.__init__() takes 1 or 3 arguments")
    return None


def calculate_metaclass(w_meta, bases):
    winner = w_meta
    for b in bases:
        tb = typeof(b)
        if issubtype(winner, tb):
            continue
        if issubtype(tb, winner):
            winner = tb
            continue
        raise space.oefmt(E.w_TypeError, "metaclass conflict: the metaclass of a derived class "
                          "must be a (non-strict) subclass of the metaclasses of all its bases")
    return winner


def create_class(w_meta, name, bases, w_ns, kwargs):
    """type.__new__'s class, its checks in CPython 3.11's order (type_new): the
    bases and the lay-out they share, __slots__, the name, __qualname__ and
    __classcell__, then the MRO, __set_name__ and __init_subclass__."""
    for b in bases:
        if not isinstance(b, W_Type):
            raise space.oefmt(E.w_TypeError, "bases must be types")
        if not b.acceptable_base:
            raise space.oefmt(E.w_TypeError, "type '%s' is not an acceptable base type" % b.name)
    w_meta = calculate_metaclass(w_meta, bases)
    if not bases:
        bases = (w_object,)
    ns = dict(w_ns) if w_ns.__class__ is dict else _mapping_to_dict(w_ns)
    best = _best_base(bases)
    solid = _solid_base(bases)
    slots = _check_slots(name, best, bases, ns)
    if "\0" in name:
        raise space.oefmt(E.w_ValueError, "type name must not contain null characters")
    qualname = ns.pop("__qualname__", name)
    if not isinstance(qualname, str):
        raise space.oefmt(E.w_TypeError, "type __qualname__ must be a str, not %s"
                          % space.type_name(qualname))
    w_cell = ns.pop("__classcell__", None)
    if w_cell is not None and not isinstance(w_cell, W_Cell):
        raise space.oefmt(E.w_TypeError, "__classcell__ must be a nonlocal cell, not <class '%s'>"
                          % type_repr_name(typeof(w_cell)))
    try:
        w_t = W_Type(name, bases, {}, w_meta, host_class=solid.sub_host, is_builtin=False)
    except model.MROError as e:
        for b in bases:
            b.subclasses.remove(b.subclasses[-1])
        raise space.oefmt(E.w_TypeError, str(e))
    w_t.solid = solid
    w_t.sub_host = solid.sub_host
    w_t.layout = w_t if slots is not None and slots[0] else _layout(best)
    w_mro = w_meta.lookup("mro")
    if w_mro is not TYPE_MRO:                # a metaclass may define the MRO itself
        w_t.mro = tuple(space.unpack_iterable(space.call_special(w_mro, w_t)))
        w_t.invalidate()
    w_t.qualname = qualname
    if "__module__" not in ns:
        frame = interp.current_frame()
        if frame is not None:
            ns["__module__"] = frame.w_globals.get("__name__", "builtins")
    _setup_slots(w_t, bases, ns, slots)
    # CPython's type_new puts the docstring in every new class's namespace, None
    # without one (after `__dict__` and `__weakref__`): `A().__doc__` is None
    ns.setdefault("__doc__", None)
    for special in ("__new__",):
        if ns.get(special).__class__ is W_Function:
            ns[special] = W_StaticMethod(ns[special])
    for special in ("__init_subclass__", "__class_getitem__"):
        if ns.get(special).__class__ is W_Function:
            ns[special] = W_ClassMethod(ns[special])
    if "__eq__" in ns and "__hash__" not in ns:
        ns["__hash__"] = None
    w_t.dict.update(ns)
    if w_cell is not None:
        w_cell.contents = w_t
    _call_set_name(w_t, ns)
    _call_init_subclass(w_t, kwargs)
    return w_t


def _mapping_to_dict(w_ns):
    out = {}
    for w_k in space.unpack_iterable(space.call(space.getattr(w_ns, "keys"), [])):
        out[w_k] = space.getitem(w_ns, w_k)
    return out


def _solid_base(bases):
    """The builtin type whose instances a class of these bases extends (its
    instances' host class: `sub_host`)."""
    solid = None
    for b in bases:
        s = b.solid
        if solid is None or issubtype(s, solid):
            solid = s
        elif not issubtype(solid, s):
            raise space.oefmt(E.w_TypeError, "multiple bases have instance lay-out conflict")
    return solid


def _layout(b):
    """CPython's solid_base(b): the class whose instance lay-out b's instances
    have: a builtin type's own (`solid`), a user class's that added slot
    members, else its best base's."""
    return b.layout if b.layout is not None else b.solid


def _best_base(bases):
    """CPython's best_base: the base whose lay-out every other base's is a
    prefix of (the new class's `base`); two that are not: a conflict."""
    winner = base = None
    for b in bases:
        cand = _layout(b)
        if winner is None:
            winner, base = cand, b
        elif issubtype(winner, cand):
            pass
        elif issubtype(cand, winner):
            winner, base = cand, b
        else:
            raise space.oefmt(E.w_TypeError, "multiple bases have instance lay-out conflict")
    return base


# CPython 3.11's builtin types whose instances take weak references themselves
# (tp_weaklistoffset: a subclass adds no `__weakref__`), and those of variable
# size (tp_itemsize: a subclass cannot add one); read from the host's
# __weakrefoffset__ and __itemsize__ of every subclassable builtin
NATIVE_WEAKREFS = frozenset(["set", "frozenset", "type", "ExceptionGroup", "module"])
VARIABLE_SIZE = frozenset(["int", "tuple", "bytes", "type"])


def _native_dict(b):
    """Instances of b have a dict without a `__dict__` descriptor of a user
    class: one of a builtin type in its MRO (BaseException's, a module's)."""
    return any(t.is_builtin and t is not w_object and
               (t.instance_dict or "__dict__" in t.dict) for t in b.mro)


def takes_weakrefs(w_t):
    """Instances of w_t take weak references: a class in its MRO has the
    `__weakref__` descriptor (_setup_slots gives it), or a builtin type takes
    them itself (set, frozenset, type ...)."""
    return any(("__weakref__" in t.dict) or (t.is_builtin and t.name in NATIVE_WEAKREFS)
               for t in w_t.mro)


def _weakref_get(w_self):
    from refvm.gc.weakrefs import getweakrefs
    refs = getweakrefs(w_self)
    for r in refs:                  # (CPython keeps the callback-less one first)
        if r.w_callback is None:
            return r
    return refs[0] if refs else None


def _check_slots(name, best, bases, ns):
    """CPython 3.11's type_new_slots: a class's `__slots__` checked in its
    order (nonempty slots of a variable-size base, each name a string and an
    identifier, `__dict__` and `__weakref__` once and only where the best
    base's instances lack them, then the names mangled, each against the
    class variables, and sorted), and whether a secondary base brings the
    dict or weak references.  (members, add_dict, add_weak), or None without
    `__slots__`."""
    if "__slots__" not in ns:
        return None
    w_slots = ns["__slots__"]
    names = [w_slots] if isinstance(w_slots, str) else space.unpack_iterable(w_slots, True)
    if names and best.solid.name in VARIABLE_SIZE:
        raise space.oefmt(E.w_TypeError, "nonempty __slots__ not supported for subtype of '%s'"
                          % best.name)
    may_dict = not (best.instance_dict or _native_dict(best))
    may_weak = not takes_weakrefs(best) and best.solid.name not in VARIABLE_SIZE
    add_dict = add_weak = False
    for n in names:
        if not isinstance(n, str):
            raise space.oefmt(E.w_TypeError, "__slots__ items must be strings, not '%s'"
                              % space.type_name(n))
        if not n.isidentifier():
            raise space.oefmt(E.w_TypeError, "__slots__ must be identifiers")
        if n == "__dict__":
            if not may_dict or add_dict:
                raise space.oefmt(E.w_TypeError, "__dict__ slot disallowed: we already got one")
            add_dict = True
        if n == "__weakref__":
            if not may_weak or add_weak:
                raise space.oefmt(E.w_TypeError, "__weakref__ slot disallowed: either we already "
                                  "got one, or __itemsize__ != 0")
            add_weak = True
    from refvm.compiler.symtable import mangle      # (_Py_Mangle, as `self.__x` is)
    members = []
    for n in names:
        if (add_dict and n == "__dict__") or (add_weak and n == "__weakref__"):
            continue
        n = mangle(name, str(n))
        if n in ns and n not in ("__qualname__", "__classcell__"):
            raise space.oefmt(E.w_ValueError, "%r in __slots__ conflicts with class variable" % n)
        members.append(n)
    members.sort()
    for b in bases:
        # (type_new_slots_bases: a secondary base's instances may bring them)
        if b is not best:
            add_dict = add_dict or (may_dict and (b.instance_dict or _native_dict(b)))
            add_weak = add_weak or (may_weak and takes_weakrefs(b))
    return members, add_dict, add_weak


def _setup_slots(w_t, bases, ns, slots):
    """The instance layout CPython's type_new gives a new class: a `__dict__`
    (and a `__dict__` descriptor in the class's namespace) unless a base's
    instances have one, a `__weakref__` descriptor unless a base's instances
    take weak references or its solid base is of variable size (int, tuple,
    bytes); with `__slots__` (slots: _check_slots' answer), only those it
    names."""
    base_dict = any(b.instance_dict or _native_dict(b) for b in bases)
    base_weak = any(takes_weakrefs(b) for b in bases)
    may_weak = not base_weak and w_t.solid.name not in VARIABLE_SIZE
    nslots = max(b.nslots for b in bases)
    if slots is None:
        w_t.instance_dict = True
        w_t.nslots = nslots
        if not base_dict:
            ns.setdefault("__dict__", W_GetSet("__dict__", _instance_dict_get,
                                               _instance_dict_set, _instance_dict_del, w_t))
        if may_weak:
            ns.setdefault("__weakref__", W_GetSet("__weakref__", _weakref_get, None, None, w_t))
        return
    members, add_dict, add_weak = slots
    # CPython sorts a class's slot names (_check_slots has), and a dying
    # instance lets go of its slots class by class from the most derived, each
    # in sorted order (subtype_dealloc, clear_slots).  The host frees the slot
    # list last to first: so the indices go to the names in descending order,
    # after the bases' slots (the namespace gets them in sorted order, as
    # CPython's).
    for k, n in enumerate(members):
        ns[n] = W_SlotMember(n, nslots + len(members) - 1 - k, w_t)
    nslots += len(members)
    w_t.nslots = nslots
    w_t.instance_dict = base_dict or add_dict
    if add_dict and not base_dict:
        ns["__dict__"] = W_GetSet("__dict__", _instance_dict_get, _instance_dict_set,
                                  _instance_dict_del, w_t)
    if add_weak and may_weak:
        ns["__weakref__"] = W_GetSet("__weakref__", _weakref_get, None, None, w_t)


def _call_set_name(w_t, ns):
    for key, w_v in list(ns.items()):
        w_sn = typeof(w_v).lookup("__set_name__")
        if w_sn is not NULL:
            try:
                space.call_special(w_sn, w_v, w_t, key)
            except VMError as e:
                # (CPython 3.11's type_new_set_names)
                raise VMError(E.from_cause(
                    E.w_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'"
                    % (space.type_name(w_v), space.repr(key), w_t.name), e.w_exc))


def _call_init_subclass(w_t, kwargs):
    for base in w_t.mro[1:]:
        if "__init_subclass__" in base.dict:
            w_d = base.dict["__init_subclass__"]
            w_f = space.get(w_d, None, w_t) if w_d.__class__ is not W_ClassMethod else None
            if w_d.__class__ is W_ClassMethod:
                space.call(w_d.w_func, [w_t], kwargs or None)
            else:
                space.call(w_f, [], kwargs or None)
            return


@method(w_type, "__repr__")
def type_repr(w_t):
    return "<class '%s'>" % type_repr_name(w_t)


@method(w_type, "mro")
def type_mro(w_t):
    return list(w_t.mro)


@method(w_type, "__subclasses__")
def type_subclasses(w_t):
    return [s for s in (r() for r in w_t.subclasses) if s is not None]


@method(w_type, "__instancecheck__")
def type_instancecheck(w_t, w_obj):
    return space.isinstance_w(w_obj, w_t)


@method(w_type, "__subclasscheck__")
def type_subclasscheck(w_t, w_sub):
    if not isinstance(w_sub, W_Type):
        raise space.oefmt(E.w_TypeError, "issubclass() arg 1 must be a class")
    return issubtype(w_sub, w_t)


@classmethod_(w_type, "__prepare__")
def type_prepare(w_meta, *args, **kwargs):
    return {}


def _set_name(w_t, w_v):
    if w_t.is_builtin:
        raise space.oefmt(E.w_TypeError, "cannot set '__name__' attribute of immutable type '%s'"
                          % w_t.name)
    _name_str(w_t, w_v, "__name__")
    if "\0" in w_v:
        raise space.oefmt(E.w_ValueError, "type name must not contain null characters")
    w_t.name = w_v


def _set_qualname(w_t, w_v):
    _name_str(w_t, w_v, "__qualname__")
    w_t.qualname = w_v


def _name_str(w_t, w_v, attr):
    if not isinstance(w_v, str):
        raise space.oefmt(E.w_TypeError, "can only assign string to %s.%s, not '%s'"
                          % (w_t.name, attr, space.type_name(w_v)))


def _no_delete(attr):
    """CPython's check_set_special_type_attr, for a deletion."""
    def delete(w_t):
        raise space.oefmt(E.w_TypeError, "cannot delete '%s' attribute of immutable type '%s'"
                          % (attr, w_t.name))
    return delete


getset(w_type, "__name__", _set_name, _no_delete("__name__"))(lambda w_t: w_t.name)
getset(w_type, "__qualname__", _set_qualname, _no_delete("__qualname__"))(
    lambda w_t: w_t.qualname)
def _readonly_member(*args):
    # (a READONLY member's error in CPython 3.11, for setting and deleting alike)
    raise space.oefmt(E.w_AttributeError, "readonly attribute")


getset(w_type, "__mro__", _readonly_member, _readonly_member)(lambda w_t: w_t.mro)
def _set_bases(w_t, w_v):
    """C.__bases__ = (...): CPython's checks (type_set_bases), then the MRO of the
    class and of every subclass recomputed and their lookup caches dropped."""
    if w_t.is_builtin:
        raise space.oefmt(E.w_TypeError, "cannot set '__bases__' attribute of immutable type '%s'"
                          % w_t.name)
    if w_v.__class__ is not tuple:
        raise space.oefmt(E.w_TypeError, "can only assign tuple to %s.__bases__, not %s"
                          % (w_t.name, space.type_name(w_v)))
    if not w_v:
        raise space.oefmt(E.w_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()"
                          % w_t.name)
    for b in w_v:
        if not isinstance(b, W_Type):
            raise space.oefmt(E.w_TypeError, "%s.__bases__ must be tuple of classes, not '%s'"
                              % (w_t.name, space.type_name(b)))
        if issubtype(b, w_t):
            raise space.oefmt(E.w_TypeError, "a __bases__ item causes an inheritance cycle")
    if _solid_base(w_v) is not w_t.solid:
        raise space.oefmt(E.w_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'"
                          % (w_v[0].name, w_t.bases[0].name))
    old = w_t.bases
    _relink(w_t, old, w_v)
    try:
        _recompute_mro(w_t)
    except model.MROError as e:
        _relink(w_t, w_v, old)
        _recompute_mro(w_t)
        raise space.oefmt(E.w_TypeError, str(e))
    w_t.invalidate()


def _relink(w_t, old, new):
    import _weakref
    for b in old:
        b.subclasses[:] = [r for r in b.subclasses if r() is not w_t]
    w_t.bases = tuple(new)
    for b in new:
        b.subclasses.append(_weakref.ref(w_t))


def _recompute_mro(w_t):
    w_t.mro = tuple(model.compute_mro(w_t))
    for r in list(w_t.subclasses):
        sub = r()
        if sub is not None:
            _recompute_mro(sub)


def _del_bases(w_t):
    # (check_set_special_type_attr words every deletion so, heap type or not)
    raise space.oefmt(E.w_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'"
                      % w_t.name)


getset(w_type, "__bases__", _set_bases, _del_bases)(lambda w_t: w_t.bases)
getset(w_type, "__base__")(lambda w_t: w_t.bases[0] if w_t.bases else None)
getset(w_type, "__dict__")(lambda w_t: W_MappingProxy(w_t.dict))
def _type_module(w_t):
    if w_t.is_builtin:
        return w_t.module_name
    return w_t.dict.get("__module__", "builtins")


getset(w_type, "__module__", lambda w_t, w_v: type_setattr_dict(w_t, "__module__", w_v),
       _no_delete("__module__"))(_type_module)
getset(w_type, "__doc__", lambda w_t, w_v: type_setattr_dict(w_t, "__doc__", w_v),
       _no_delete("__doc__"))(
    # (a builtin type's is its host counterpart's, as CPython's tp_doc: type's
    # own dict entry is this getset)
    lambda w_t: builtin_doc(w_t) if w_t.is_builtin else w_t.dict.get("__doc__", None))


def type_setattr_dict(w_t, name, w_v):
    w_t.dict[name] = w_v
    w_t.invalidate()


TYPE_GETATTRIBUTE = w_type.dict["__getattribute__"]
TYPE_MRO = w_type.dict["mro"]


class W_MappingProxy(W_Object):
    """type.__dict__: a read-only view of the class namespace."""
    __slots__ = ("mapping",)

    def __init__(self, mapping):
        self.mapping = mapping


w_mappingproxy = builtin_type("mappingproxy", acceptable_base=False)
W_MappingProxy.w_type = w_mappingproxy
def _proxied(name):
    def call(w_p, *args):
        m = w_p.mapping
        if m.__class__ is dict:
            return getattr(m, name)(*args)
        return space.call(space.getattr(m, name), list(args))
    return call


for _name in ("__getitem__", "get", "keys", "values", "items", "__contains__", "__iter__",
              "__len__", "copy", "__reversed__"):
    method(w_mappingproxy, _name)(_proxied(_name))


@staticmethod_(w_mappingproxy, "__new__")
def mappingproxy_new(w_cls, mapping):
    """types.MappingProxyType(mapping): a read-only view of any mapping but a
    list or tuple (CPython's mappingproxy_check_mapping; its arity errors are
    arity_error's, from CPYTHON_ARGUMENTS)."""
    w_m = mapping
    if isinstance(w_m, (list, tuple)) or (w_m.__class__ is not dict and
                                          typeof(w_m).lookup("__getitem__") is NULL):
        raise space.oefmt(E.w_TypeError, "mappingproxy() argument must be a mapping, not %s"
                          % space.type_name(w_m))
    return W_MappingProxy(w_m)

method(w_mappingproxy, "__repr__")(lambda w_p: "mappingproxy(%s)" % space.repr(w_p.mapping))
method(w_mappingproxy, "__str__")(lambda w_p: space.str(w_p.mapping))
method(w_mappingproxy, "__eq__")(lambda w_p, w_o: space.eq(w_p.mapping, w_o))


# ------------------------------------------------------------------ super

class W_Super(W_Object):
    __slots__ = ("w_thisclass", "w_obj", "w_objtype")

    def __init__(self, w_thisclass, w_obj, w_objtype):
        self.w_thisclass = w_thisclass
        self.w_obj = w_obj
        self.w_objtype = w_objtype


w_super = builtin_type("super", host_class=None)
W_Super.w_type = w_super


@staticmethod_(w_super, "__new__")
def super_new(w_cls, *args, **kwargs):
    if kwargs:
        raise space.oefmt(E.w_TypeError, "super() takes no keyword arguments")
    if len(args) > 2:
        raise space.oefmt(E.w_TypeError, "super() expected at most 2 arguments, got %d"
                          % len(args))
    if not args:
        w_thisclass, w_obj = _super_from_frame()
    elif len(args) == 1:
        return W_Super(args[0], None, None)
    else:
        w_thisclass, w_obj = args[0], args[1]
    if not isinstance(w_thisclass, W_Type):
        raise space.oefmt(E.w_TypeError, "super() argument 1 must be a type, not %s"
                          % space.type_name(w_thisclass))
    if isinstance(w_obj, W_Type) and issubtype(w_obj, w_thisclass):
        w_objtype = w_obj
    elif space.isinstance_w(w_obj, w_thisclass):
        w_objtype = typeof(w_obj)
    else:
        raise space.oefmt(E.w_TypeError,
                          "super(type, obj): obj must be an instance or subtype of type")
    return W_Super(w_thisclass, w_obj, w_objtype)


@method(w_super, "__init__")
def super_init(w_self, *args):
    return None


def _super_from_frame():
    f = interp.current_frame()
    if f is None:
        raise space.oefmt(E.w_RuntimeError, "super(): no current frame")
    code = f.code
    if code.argcount == 0 and not code.flags & code.VARARGS:
        raise space.oefmt(E.w_RuntimeError, "super(): no arguments")
    w_obj = f.first_argument()
    if w_obj is NULL:
        raise space.oefmt(E.w_RuntimeError, "super(): arg[0] deleted")
    if "__class__" not in code.freevars:
        raise space.oefmt(E.w_RuntimeError, "super(): __class__ cell not found")
    idx = len(code.cellvars) + code.freevars.index("__class__")
    w_cls = f.cells[idx].contents
    if w_cls is NULL:
        raise space.oefmt(E.w_RuntimeError, "super(): empty __class__ cell")
    return w_cls, w_obj


@method(w_super, "__getattribute__")
def super_getattribute(w_self, name):
    if name != "__class__" and w_self.w_objtype is not None:
        mro = w_self.w_objtype.mro
        i = 0
        while i < len(mro) and mro[i] is not w_self.w_thisclass:
            i += 1
        for t in mro[i + 1:]:
            if name in t.dict:
                w_d = t.dict[name]
                w_obj = None if w_self.w_obj is w_self.w_objtype else w_self.w_obj
                if w_d.__class__ is W_StaticMethod:
                    return w_d.w_func
                if w_d.__class__ is W_ClassMethod:
                    from refvm.objects.functions import W_Method
                    return W_Method(w_d.w_func, w_self.w_objtype)
                return space.get(w_d, w_obj, w_self.w_objtype)
    w_v = space.generic_getattr(w_self, name, w_super)
    if w_v is NULL:
        raise space.attribute_error(w_self, name)
    return w_v


@method(w_super, "__repr__")
def super_repr(w_self):
    if w_self.w_objtype is None:
        return "<super: <class '%s'>, NULL>" % w_self.w_thisclass.name
    return "<super: <class '%s'>, <%s object>>" % (w_self.w_thisclass.name,
                                                   w_self.w_objtype.name)


getset(w_super, "__thisclass__")(lambda w: w.w_thisclass)
getset(w_super, "__self__")(lambda w: w.w_obj)
getset(w_super, "__self_class__")(lambda w: w.w_objtype)
