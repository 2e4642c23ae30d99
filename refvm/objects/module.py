"""Module objects."""
from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, NULL
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, getset, staticmethod_


class W_Module(W_Object):
    __slots__ = ("w_type", "name", "w_dict", "__weakref__")

    def __init__(self, name, w_dict=None, w_type=None):
        self.w_type = w_type or w_module
        self.name = name
        self.w_dict = w_dict if w_dict is not None else {}
        self.w_dict.setdefault("__name__", name)
        self.w_dict.setdefault("__doc__", None)
        self.w_dict.setdefault("__spec__", None)
        self.w_dict.setdefault("__loader__", None)
        self.w_dict.setdefault("__package__", None)


w_module = builtin_type("module", host_class=None)
w_module.sub_host = W_Module
w_module.instance_dict = True


@staticmethod_(w_module, "__new__")
def module_new(w_cls, *args, **kwargs):
    return W_Module("?", None, w_cls)


@method(w_module, "__init__")
def module_init(w_m, name, doc=None):
    w_m.name = name
    w_m.w_dict["__name__"] = name
    w_m.w_dict["__doc__"] = doc
    return None


@method(w_module, "__repr__")
def module_repr(w_m):
    f = w_m.w_dict.get("__file__")
    if isinstance(f, str):
        return "<module '%s' from '%s'>" % (w_m.name, f)
    return "<module '%s' (built-in)>" % w_m.name


@method(w_module, "__getattribute__")
def module_getattribute(w_m, name):
    w_v = space.generic_getattr(w_m, name, w_m.w_type)
    if w_v is not NULL:
        return w_v
    w_ga = w_m.w_dict.get("__getattr__")
    if w_ga is not None:
        return space.call(w_ga, [name])
    raise space.attribute_error(w_m, name)


@method(w_module, "__dir__")
def module_dir(w_m):
    return sorted(k for k in w_m.w_dict if isinstance(k, str))


getset(w_module, "__dict__")(lambda w: w.w_dict)
