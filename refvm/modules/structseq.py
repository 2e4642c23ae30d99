"""Named-tuple-like records of built-in modules (sys.version_info, ...)."""
from refvm.objects.model import W_Type
from refvm.objects.typeobject import w_type
from refvm.objects.containers import w_tuple
from refvm.objects.hostwrap import new_instance
from refvm.objects.functions import W_GetSet, W_MethodDescr

_types = {}


def make_struct(qualname, fields, values):
    w_t = _types.get(qualname)
    if w_t is None:
        module, _, name = qualname.rpartition(".")
        w_t = W_Type(name, (w_tuple,), {}, w_type,
                     host_class=w_tuple.sub_host, is_builtin=True, acceptable_base=False)
        w_t.module_name = module
        w_t.solid = w_tuple
        w_t.sub_host = w_tuple.sub_host
        for i, f in enumerate(fields):
            w_t.dict[f] = W_GetSet(f, lambda w, i=i: tuple.__getitem__(w, i), None, None, w_t)

        def repr_(w, name=qualname, fields=fields):
            from refvm.objects import space
            return "%s(%s)" % (name, ", ".join("%s=%s" % (f, space.repr(tuple.__getitem__(w, i)))
                                               for i, f in enumerate(fields)))
        w_t.dict["__repr__"] = W_MethodDescr("__repr__", repr_, w_t)
        _types[qualname] = w_t
    return new_instance(w_t, tuple, tuple(values))
