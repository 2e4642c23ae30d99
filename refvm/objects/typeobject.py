"""`object` and `type`: creation of the two root types and of builtin types.

The method tables of object and type (attribute protocol, type.__new__,
type.__call__, C3 MRO errors, __init_subclass__, __set_name__, metaclass
selection) are installed by `install()` once the callable wrappers exist.
"""
from refvm.errors import VMError
from refvm.objects import model
from refvm.objects.model import W_Type, W_Instance, NULL, typeof, issubtype

w_object = W_Type("object", (), {}, host_class=W_Instance)
w_type = W_Type("type", (w_object,), {}, host_class=W_Type)
w_object.w_type = w_type
w_type.w_type = w_type

ALL_BUILTIN_TYPES = {"object": w_object, "type": w_type}


def builtin_type(name, base=None, host_class=None, acceptable_base=True, module="builtins"):
    """A VM type object for a builtin type family; host_class is how values are stored."""
    bases = (base,) if base is not None else (w_object,)
    t = W_Type(name, bases, {}, w_type, host_class=host_class, acceptable_base=acceptable_base)
    t.dict["__module__"] = module
    if host_class is not None and host_class.__module__ == "builtins":
        model.HOST2VM[host_class] = t
    if module == "builtins":
        ALL_BUILTIN_TYPES[name] = t
    return t


def map_host(host_class, w_t):
    model.HOST2VM[host_class] = w_t


def type_module_name(t):
    w_m = t.dict.get("__module__", "builtins")
    return w_m if isinstance(w_m, str) else "builtins"


def type_repr_name(t):
    """`module.qualname` as repr(type) and tracebacks show it."""
    m = type_module_name(t)
    if m == "builtins":
        return t.qualname
    return "%s.%s" % (m, t.qualname)
