"""`object` and `type`: creation of the two root types and of builtin types.

The method tables of object and type (attribute protocol, type.__new__,
type.__call__, C3 MRO errors, __init_subclass__, __set_name__, metaclass
selection) are installed by `install()` once the callable wrappers exist.
"""
import sys

from refvm.errors import VMError
from refvm.objects import model
from refvm.objects.model import W_Type, W_Instance, NULL, typeof, issubtype

w_object = W_Type("object", (), {}, host_class=W_Instance)
w_type = W_Type("type", (w_object,), {}, host_class=W_Type)
w_object.w_type = w_type
w_type.w_type = w_type

ALL_BUILTIN_TYPES = {"object": w_object, "type": w_type}


_HOST_TYPES = {}


def host_type(t):
    """The host's builtin type a builtin VM type stands for (same name and
    module: CPython's own), or None: where its docstrings come from."""
    if not _HOST_TYPES:
        import builtins
        import types as _types
        for src in (vars(builtins).values(), vars(_types).values()):
            for h in src:
                if isinstance(h, type):
                    _HOST_TYPES.setdefault((h.__module__, h.__name__), h)
        for h in (type(None), type(NotImplemented), type(Ellipsis), type(iter([])),
                  type(iter(())), type(iter("")), type({}.keys()), type({}.values()),
                  type({}.items()), type(iter(range(0))), type(reversed([]))):
            _HOST_TYPES.setdefault((h.__module__, h.__name__), h)
    h = _HOST_TYPES.get((t.module_name, t.name))
    if h is None and t.module_name != "builtins":
        mod = sys.modules.get(t.module_name)
        h = getattr(mod, t.name, None) if mod is not None else None
        if not isinstance(h, type):
            h = None
    return h


def builtin_doc(t):
    """A builtin type's docstring: its host counterpart's (type.__doc__)."""
    h = host_type(t)
    d = h.__doc__ if h is not None else None
    # (a type whose instances have a __doc__ attribute of their own answers with
    # that descriptor, a host object: getset_descriptor's)
    return d if isinstance(d, str) else None


def builtin_type(name, base=None, host_class=None, acceptable_base=True, module="builtins"):
    """A VM type object for a builtin type family; host_class is how values are stored."""
    bases = (base,) if base is not None else (w_object,)
    t = W_Type(name, bases, {}, w_type, host_class=host_class, acceptable_base=acceptable_base)
    t.module_name = module
    # (the docstring in its dict, as CPython's type_ready puts tp_doc there: its
    # instances find it; a getset the type registers later replaces it)
    t.dict["__doc__"] = builtin_doc(t)
    if host_class is not None and host_class.__module__ == "builtins":
        model.HOST2VM[host_class] = t
    if module == "builtins":
        ALL_BUILTIN_TYPES[name] = t
    return t


w_object.dict["__doc__"] = object.__doc__


def map_host(host_class, w_t):
    model.HOST2VM[host_class] = w_t


def type_module_name(t):
    if t.is_builtin:
        return t.module_name
    w_m = t.dict.get("__module__", "builtins")
    return w_m if isinstance(w_m, str) else "builtins"


def type_repr_name(t):
    """`module.qualname` as repr(type) and tracebacks show it."""
    m = type_module_name(t)
    if m == "builtins":
        return t.qualname
    return "%s.%s" % (m, t.qualname)
