"""Methods of the callable and descriptor types: __get__/__set__/__delete__,
__call__, and the attributes functions and methods expose."""
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, typeof, W_Type
from refvm.objects.typeobject import type_repr_name, w_object
from refvm.objects.functions import (
    W_Function, W_Method, W_MethodDescr, W_BuiltinFunction, W_StaticMethod, W_ClassMethod,
    W_Property, W_GetSet, W_SlotMember, W_Cell, method, getset, staticmethod_, is_slot_wrapper,
    doesnt_apply,
    w_function, w_method, w_method_descriptor, w_builtin_function, w_staticmethod,
    w_classmethod, w_property, w_getset, w_member, w_cell)


# ------------------------------------------------------------------ function

@method(w_function, "__get__")
def function_get(w_f, w_obj, w_type=None):
    if w_obj is None:
        return w_f
    return W_Method(w_f, w_obj)


@method(w_function, "__call__")
def function_call(w_f, *args, **kwargs):
    return space.call(w_f, list(args), kwargs or None)


@method(w_function, "__repr__")
def function_repr(w_f):
    return "<function %s at 0x%x>" % (w_f.qualname, id(w_f))


def _set_fname(w_f, w_v):
    if not isinstance(w_v, str):
        raise space.oefmt(E.w_TypeError, "__name__ must be set to a string object")
    w_f.name = w_v


def _set_fqualname(w_f, w_v):
    if not isinstance(w_v, str):
        raise space.oefmt(E.w_TypeError, "__qualname__ must be set to a string object")
    w_f.qualname = w_v


def _set_fdoc(w_f, w_v):
    w_f.w_doc = w_v


def _set_fdefaults(w_f, w_v):
    w_f.defaults = None if w_v is None else tuple(w_v)


def _set_fkwdefaults(w_f, w_v):
    w_f.kwdefaults = w_v


def _set_fmodule(w_f, w_v):
    w_f.w_module = w_v


def _get_annotations(w_f):
    if w_f.annotations is None:
        w_f.annotations = {}
    return w_f.annotations


def _set_annotations(w_f, w_v):
    w_f.annotations = w_v


getset(w_function, "__name__", _set_fname)(lambda w: w.name)
getset(w_function, "__qualname__", _set_fqualname)(lambda w: w.qualname)
getset(w_function, "__doc__", _set_fdoc)(lambda w: w.w_doc)
getset(w_function, "__defaults__", _set_fdefaults)(lambda w: w.defaults)
getset(w_function, "__kwdefaults__", _set_fkwdefaults)(lambda w: w.kwdefaults)
getset(w_function, "__module__", _set_fmodule)(lambda w: w.w_module)
getset(w_function, "__globals__")(lambda w: w.w_globals)
getset(w_function, "__closure__")(lambda w: w.closure)
getset(w_function, "__code__")(lambda w: w.code)
getset(w_function, "__annotations__", _set_annotations)(_get_annotations)
getset(w_function, "__dict__")(lambda w: w.w_dict)


# ------------------------------------------------------------------ method

@method(w_method, "__call__")
def method_call(w_m, *args, **kwargs):
    return space.call(w_m, list(args), kwargs or None)


@method(w_method, "__repr__")
def method_repr(w_m):
    w_f = w_m.w_func
    name = getattr(w_f, "qualname", None) or getattr(w_f, "name", "?")
    return "<bound method %s of %s>" % (name, space.repr(w_m.w_self))


@method(w_method, "__eq__")
def method_eq(w_m, w_other):
    if not isinstance(w_other, W_Method):
        return NotImplemented
    return w_m.w_func is w_other.w_func and w_m.w_self is w_other.w_self


@method(w_method, "__hash__")
def method_hash(w_m):
    return object.__hash__(w_m.w_func) ^ object.__hash__(w_m.w_self)


@method(w_method, "__getattribute__")
def method_getattribute(w_m, name):
    w_v = space.generic_getattr(w_m, name, w_method)
    if w_v is not NULL:
        return w_v
    return space.getattr(w_m.w_func, name)


getset(w_method, "__func__")(lambda w: w.w_func)
# (its function's, as CPython's method_get_doc: not the method type's docstring)
getset(w_method, "__doc__")(lambda w: space.getattr(w.w_func, "__doc__"))
getset(w_method, "__self__")(lambda w: w.w_self)


# ------------------------------------------------------------------ builtins

@method(w_method_descriptor, "__get__")
def methoddescr_get(w_d, w_obj, w_type=None):
    if w_obj is None:
        return w_d
    if w_d.w_objtype is not None and not space.isinstance_w(w_obj, w_d.w_objtype):
        # (CPython's descr_check, for method descriptors and slot wrappers alike)
        raise doesnt_apply(w_d, w_obj)
    return W_Method(w_d, w_obj)


@method(w_method_descriptor, "__call__")
def methoddescr_call(w_d, *args, **kwargs):
    return w_d.call_unbound(args, kwargs)


@method(w_method_descriptor, "__repr__")
def methoddescr_repr(w_d):
    owner = w_d.w_objtype.name if w_d.w_objtype is not None else "object"
    kind = "slot wrapper" if w_d.w_objtype is not None and is_slot_wrapper(w_d) else "method"
    return "<%s '%s' of '%s' objects>" % (kind, w_d.name, owner)


getset(w_method_descriptor, "__name__")(lambda w: w.name)
getset(w_method_descriptor, "__qualname__")(
    lambda w: "%s.%s" % (w.w_objtype.name, w.name) if w.w_objtype is not None else w.name)


@method(w_builtin_function, "__call__")
def builtin_call(w_f, *args, **kwargs):
    return w_f.call(args, kwargs)


@method(w_builtin_function, "__repr__")
def builtin_repr(w_f):
    return "<built-in function %s>" % w_f.name


getset(w_builtin_function, "__name__")(lambda w: w.name)
getset(w_builtin_function, "__qualname__")(lambda w: w.qualname)
getset(w_builtin_function, "__self__")(lambda w: w.w_self)


def _builtin_function_doc(w_f):
    """The host's docstring for the same builtin: the host function it wraps
    (math.sqrt), or for one refvm implements the builtins module's namesake."""
    fn = w_f.fn
    if not (getattr(fn, "__module__", None) or "").startswith("refvm"):
        return getattr(fn, "__doc__", None)
    import builtins
    h = getattr(builtins, w_f.name, None)
    return h.__doc__ if callable(h) and not isinstance(h, type) else None


def _method_descr_doc(w_d):
    from refvm.objects.typeobject import host_type
    h = host_type(w_d.w_objtype) if w_d.w_objtype is not None else None
    m = getattr(h, w_d.name, None) if h is not None else None
    return m.__doc__ if m is not None else None


getset(w_builtin_function, "__doc__")(_builtin_function_doc)


# This run's assigned `__module__`s of builtin functions, {id: (function,
# value)}: the function objects outlive a run (one host process runs many: the
# tests, refvm.main), what a program assigns must not (driver.setup clears it)
MODULE_OVERRIDES = {}


def _builtin_function_module(w_f):
    """CPython's m_module: the module that made it (`builtins` for refvm's own
    implementations of builtins), writable and deletable (then None)."""
    hit = MODULE_OVERRIDES.get(id(w_f))
    if hit is not None:
        return hit[1]
    m = getattr(w_f.fn, "__module__", None) or "builtins"
    return "builtins" if m.startswith("refvm") else m


def _set_builtin_function_module(w_f, w_v):
    MODULE_OVERRIDES[id(w_f)] = (w_f, w_v)      # (w_f kept: its id stays its own)


getset(w_builtin_function, "__module__", _set_builtin_function_module,
       lambda w_f: _set_builtin_function_module(w_f, None))(_builtin_function_module)
getset(w_method_descriptor, "__doc__")(_method_descr_doc)


# ------------------------------------------------------------------ static/classmethod

@staticmethod_(w_staticmethod, "__new__")
def staticmethod_new(w_cls, w_f):
    return W_StaticMethod(w_f)


def _wraps(w_self, w_f):
    """CPython 3.10+'s functools_wraps in sm_init and cm_init: the function's
    __module__, __name__, __qualname__, __doc__ and __annotations__ copied
    into the wrapper's dict (skipped when a subclass's __init__ does not call
    this one)."""
    for name in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
        w_v = space.getattr_or_null(w_f, name)
        if w_v is not NULL:
            space.setattr(w_self, name, w_v)


@method(w_staticmethod, "__init__")
def staticmethod_init(w_self, *args):
    if len(args) == 1 and isinstance(w_self, W_StaticMethod):
        _wraps(w_self, w_self.w_func)
    return None


@method(w_staticmethod, "__get__")
def staticmethod_get(w_sm, w_obj, w_type=None):
    return w_sm.w_func


@method(w_staticmethod, "__call__")
def staticmethod_call(w_sm, *args, **kwargs):
    return space.call(w_sm.w_func, list(args), kwargs or None)


getset(w_staticmethod, "__func__")(lambda w: w.w_func)
getset(w_staticmethod, "__wrapped__")(lambda w: w.w_func)
getset(w_staticmethod, "__dict__")(lambda w: w.w_dict)


@staticmethod_(w_classmethod, "__new__")
def classmethod_new(w_cls, w_f):
    return W_ClassMethod(w_f)


@method(w_classmethod, "__init__")
def classmethod_init(w_self, *args):
    if len(args) == 1 and isinstance(w_self, W_ClassMethod):
        _wraps(w_self, w_self.w_func)
    return None


@method(w_classmethod, "__get__")
def classmethod_get(w_cm, w_obj, w_type=None):
    if w_type is None:
        w_type = typeof(w_obj)
    return W_Method(w_cm.w_func, w_type)


getset(w_classmethod, "__func__")(lambda w: w.w_func)
getset(w_classmethod, "__wrapped__")(lambda w: w.w_func)
getset(w_classmethod, "__dict__")(lambda w: w.w_dict)


# ------------------------------------------------------------------ property

@staticmethod_(w_property, "__new__")
def property_new(w_cls, *args, **kwargs):
    return W_Property(w_cls)


@method(w_property, "__init__")
def property_init(w_p, fget=None, fset=None, fdel=None, doc=None):
    w_p.fget, w_p.fset, w_p.fdel = fget, fset, fdel
    if doc is None and fget is not None:
        doc = space.getattr_or_null(fget, "__doc__")
        doc = None if doc is NULL else doc
    w_p.w_doc = doc
    return None


@method(w_property, "__get__")
def property_get(w_p, w_obj, w_type=None):
    if w_obj is None:
        return w_p
    if w_p.fget is None:
        raise space.oefmt(E.w_AttributeError, _property_msg(w_p, w_obj, "getter"))
    return space.call(w_p.fget, [w_obj])


def _property_msg(w_p, w_obj, what):
    if w_p.name is not None:
        return "property '%s' of '%s' object has no %s" % (w_p.name, space.type_name(w_obj), what)
    return "property of '%s' object has no %s" % (space.type_name(w_obj), what)


@method(w_property, "__set__")
def property_set(w_p, w_obj, w_value):
    if w_p.fset is None:
        raise space.oefmt(E.w_AttributeError, _property_msg(w_p, w_obj, "setter"))
    space.call(w_p.fset, [w_obj, w_value])
    return None


@method(w_property, "__delete__")
def property_delete(w_p, w_obj):
    if w_p.fdel is None:
        raise space.oefmt(E.w_AttributeError, _property_msg(w_p, w_obj, "deleter"))
    space.call(w_p.fdel, [w_obj])
    return None


@method(w_property, "__set_name__")
def property_set_name(w_p, w_owner, name):
    w_p.name = name
    return None


def _property_copy(w_p, fget, fset, fdel):
    w_new = space.call(typeof(w_p), [fget, fset, fdel, w_p.w_doc])
    if isinstance(w_new, W_Property):
        w_new.name = w_p.name
    return w_new


@method(w_property, "getter")
def property_getter(w_p, w_f):
    return _property_copy(w_p, w_f, w_p.fset, w_p.fdel)


@method(w_property, "setter")
def property_setter(w_p, w_f):
    return _property_copy(w_p, w_p.fget, w_f, w_p.fdel)


@method(w_property, "deleter")
def property_deleter(w_p, w_f):
    return _property_copy(w_p, w_p.fget, w_p.fset, w_f)


getset(w_property, "fget")(lambda w: w.fget)
getset(w_property, "fset")(lambda w: w.fset)
getset(w_property, "fdel")(lambda w: w.fdel)


def _set_pdoc(w_p, w_v):
    w_p.w_doc = w_v


def _del_pdoc(w_p):
    w_p.w_doc = None


# (a member in CPython: writable, and None once deleted; namedtuple-style
# classes and enum set their properties' docs)
getset(w_property, "__doc__", _set_pdoc, _del_pdoc)(lambda w: w.w_doc)


# ------------------------------------------------------------------ getset / member

@method(w_getset, "__get__")
def getset_get(w_d, w_obj, w_type=None):
    if w_obj is None:
        return w_d
    return w_d.getter(w_obj)


@method(w_getset, "__set__")
def getset_set(w_d, w_obj, w_value):
    if w_d.setter is None:
        owner = w_d.w_objtype.name if w_d.w_objtype is not None else space.type_name(w_obj)
        raise space.oefmt(E.w_AttributeError, "attribute '%s' of '%s' objects is not writable"
                          % (w_d.name, owner))
    w_d.setter(w_obj, w_value)
    return None


@method(w_getset, "__delete__")
def getset_delete(w_d, w_obj):
    if w_d.deleter is None:
        if w_d.setter is None:
            # (CPython's getset_set with no setter, for a deletion too)
            return getset_set(w_d, w_obj, None)
        raise space.oefmt(E.w_AttributeError, "cannot delete attribute '%s'" % w_d.name)
    w_d.deleter(w_obj)
    return None


@method(w_getset, "__repr__")
def getset_repr(w_d):
    owner = w_d.w_objtype.name if w_d.w_objtype is not None else "object"
    return "<attribute '%s' of '%s' objects>" % (w_d.name, owner)


def _descr_objclass(w_d):
    return w_d.w_objtype if w_d.w_objtype is not None else w_object


for _w_t in (w_getset, w_member):
    # CPython's PyDescr members: the attribute's name, its owner's qualified
    # name and the owner
    getset(_w_t, "__name__")(lambda w: w.name)
    getset(_w_t, "__qualname__")(lambda w: "%s.%s" % (_descr_objclass(w).qualname, w.name))
    getset(_w_t, "__objclass__")(_descr_objclass)
getset(w_getset, "__doc__")(lambda w: w.doc)
getset(w_member, "__doc__")(lambda w: None)


@method(w_member, "__get__")
def member_get(w_d, w_obj, w_type=None):
    if w_obj is None:
        return w_d
    w_v = w_obj.slot_values[w_d.index]
    if w_v is NULL:
        raise space.oefmt(E.w_AttributeError, "'%s' object has no attribute '%s'"
                          % (space.type_name(w_obj), w_d.name))
    return w_v


@method(w_member, "__set__")
def member_set(w_d, w_obj, w_value):
    w_obj.slot_values[w_d.index] = w_value
    return None


@method(w_member, "__delete__")
def member_delete(w_d, w_obj):
    if w_obj.slot_values[w_d.index] is NULL:
        # (CPython 3.11's PyMember_SetOne: the name alone)
        raise space.oefmt(E.w_AttributeError, w_d.name)
    w_obj.slot_values[w_d.index] = NULL
    return None


@method(w_member, "__repr__")
def member_repr(w_d):
    return "<member '%s' of '%s' objects>" % (w_d.name, w_d.w_objtype.name)


# ------------------------------------------------------------------ cell

def _cell_contents(w_c):
    if w_c.contents is NULL:
        raise space.oefmt(E.w_ValueError, "Cell is empty")
    return w_c.contents


def _set_cell_contents(w_c, w_v):
    w_c.contents = w_v


getset(w_cell, "cell_contents", _set_cell_contents)(_cell_contents)


@method(w_cell, "__repr__")
def cell_repr(w_c):
    if w_c.contents is NULL:
        return "<cell at 0x%x: empty>" % id(w_c)
    return "<cell at 0x%x: %s object at 0x%x>" % (id(w_c), space.type_name(w_c.contents),
                                                   id(w_c.contents))
