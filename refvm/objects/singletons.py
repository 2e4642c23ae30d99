"""None, NotImplemented and Ellipsis: the host singletons under VM types."""
from refvm.objects import space, exceptions as E
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, staticmethod_

w_NoneType = builtin_type("NoneType", host_class=type(None), acceptable_base=False)
w_NotImplementedType = builtin_type("NotImplementedType", host_class=type(NotImplemented),
                                    acceptable_base=False)
w_ellipsis = builtin_type("ellipsis", host_class=type(Ellipsis), acceptable_base=False)


@method(w_NoneType, "__repr__")
def none_repr(w):
    return "None"


@method(w_NoneType, "__bool__")
def none_bool(w):
    return False


@method(w_NoneType, "__hash__")
def none_hash(w):
    return hash(None)


@method(w_NotImplementedType, "__repr__")
def notimpl_repr(w):
    return "NotImplemented"


@method(w_NotImplementedType, "__bool__")
def notimpl_bool(w):
    # (deprecated since 3.9: a TypeError from 3.14 on)
    from refvm.interp.runtime_warnings import warn
    warn(E.w_DeprecationWarning, "NotImplemented should not be used in a boolean context")
    return True


@method(w_ellipsis, "__repr__")
def ellipsis_repr(w):
    return "Ellipsis"


def _no_args(name, value):
    def new(w_cls, *args, **kwargs):
        if args or kwargs:
            raise space.oefmt(E.w_TypeError, "%s takes no arguments" % name)
        return value
    return new


staticmethod_(w_NoneType, "__new__")(_no_args("NoneType", None))
staticmethod_(w_NotImplementedType, "__new__")(_no_args("NotImplementedType", NotImplemented))
staticmethod_(w_ellipsis, "__new__")(_no_args("EllipsisType", Ellipsis))    # (3.10's words)
