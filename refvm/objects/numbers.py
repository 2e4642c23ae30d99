"""int, bool, float, complex: host numbers under VM types."""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, typeof
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, staticmethod_
from refvm.objects.hostwrap import populate, subclass_host, new_instance

w_int = builtin_type("int", host_class=int)
w_bool = builtin_type("bool", w_int, host_class=bool, acceptable_base=False)
w_float = builtin_type("float", host_class=float)
w_complex = builtin_type("complex", host_class=complex)

for _w, _h in ((w_int, int), (w_float, float), (w_complex, complex)):
    _w.sub_host = subclass_host(_h)


def int_value(w):
    """The host int of a VM int (or int subclass instance)."""
    return int.__int__(w) if isinstance(w, int) else w


@staticmethod_(w_int, "__new__")
def int_new(w_cls, w_x=NULL, base=NULL):
    # (base by keyword too, as CPython's: int('10', base=0); x positional only)
    if w_x is NULL:
        if base is not NULL:
            raise space.oefmt(E.w_TypeError, "int() missing string argument")
        return new_instance(w_cls, int, 0)
    return new_instance(w_cls, int, to_int(w_x, base))


def to_int(w_x, w_base=NULL):
    c = w_x.__class__
    if w_base is not NULL:
        # (CPython's int_new_impl: the base first, then what it applies to)
        base = space.index(w_base)
        if (base != 0 and base < 2) or base > 36:
            raise space.oefmt(E.w_ValueError, "int() base must be >= 2 and <= 36, or 0")
        if not isinstance(w_x, (str, bytes, bytearray)):
            raise space.oefmt(E.w_TypeError, "int() can't convert non-string with explicit base")
        return int(w_x, base)
    if c is int or c is bool or c is float or c is str or c is bytes or c is bytearray:
        return int(w_x)
    if isinstance(w_x, (str, bytes, bytearray)):
        # a subclass's value parsed as the builtin's (the host would ask its
        # host class's __index__ hook); a bad literal shown by the object's repr
        return _parse_subclass(w_x, int, "invalid literal for int() with base 10: %s")
    t = typeof(w_x)
    for name in ("__int__", "__index__"):
        w_m = t.lookup(name)
        if w_m is not NULL:
            w_r = space.call_special(w_m, w_x)
            if not isinstance(w_r, int):
                raise space.oefmt(E.w_TypeError, "%s returned non-int (type %s)"
                                  % (name, space.type_name(w_r)))
            return int_value(w_r)
    w_m = t.lookup("__trunc__")
    if w_m is not NULL:
        # (PyNumber_Long: __trunc__'s result must be an int or have __index__)
        from refvm.interp.runtime_warnings import warn
        warn(E.w_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.")
        w_r = space.call_special(w_m, w_x)
        if isinstance(w_r, int):
            return int_value(w_r)
        if typeof(w_r).lookup("__index__") is NULL:
            raise space.oefmt(E.w_TypeError, "__trunc__ returned non-Integral (type %s)"
                              % space.type_name(w_r))
        return space.index(w_r)
    raise space.oefmt(E.w_TypeError, "int() argument must be a string, a bytes-like object or "
                      "a real number, not '%s'" % t.name)


@staticmethod_(w_bool, "__new__")
def bool_new(w_cls, w_x=False):
    return space.truth(w_x)


@staticmethod_(w_float, "__new__")
def float_new(w_cls, w_x=0.0):
    return new_instance(w_cls, float, to_float(w_x))


def _parse_subclass(w_x, conv, msg):
    base = str if isinstance(w_x, str) else (bytes if isinstance(w_x, bytes) else bytearray)
    try:
        return conv(base(w_x) if base is not str else str.__str__(w_x))
    except ValueError:
        raise space.oefmt(E.w_ValueError, msg % space.repr(w_x))


def to_float(w_x):
    c = w_x.__class__
    if c is float or c is int or c is bool or c is str or c is bytes or c is bytearray:
        return float(w_x)
    if isinstance(w_x, (str, bytes, bytearray)):
        return _parse_subclass(w_x, float, "could not convert string to float: %s")
    t = typeof(w_x)
    w_m = t.lookup("__float__")
    if w_m is not NULL:
        w_r = space.call_special(w_m, w_x)
        if not isinstance(w_r, float):
            raise space.oefmt(E.w_TypeError, "%s.__float__ returned non-float (type %s)"
                              % (t.name, space.type_name(w_r)))
        return float.__float__(w_r)
    if t.lookup("__index__") is not NULL:
        return float(space.index(w_x))
    if isinstance(w_x, (int, float)):
        return float(w_x)
    raise space.oefmt(E.w_TypeError, "float() argument must be a string or a real number, "
                      "not '%s'" % t.name)


@staticmethod_(w_complex, "__new__")
def complex_new(w_cls, w_real=NULL, w_imag=NULL):
    """CPython 3.11's complex_new_impl, check for check: a string alone, then
    __complex__, then each argument a number (it has __float__ or __index__, or
    is complex), then the parts combined."""
    if w_real is NULL:
        w_real = 0
    if isinstance(w_real, str):
        if w_imag is not NULL:
            raise space.oefmt(E.w_TypeError, "complex() can't take second arg if first is a string")
        return new_instance(w_cls, complex, complex(str.__str__(w_real)))
    if w_imag is not NULL and isinstance(w_imag, str):
        raise space.oefmt(E.w_TypeError, "complex() second arg can't be a string")
    w_cx = typeof(w_real).lookup("__complex__") if w_real.__class__ not in space.PRIMITIVE \
        else NULL
    if w_cx is not NULL:
        w_real = space.call_special(w_cx, w_real)
        if not isinstance(w_real, complex):
            raise space.oefmt(E.w_TypeError, "__complex__ returned non-complex (type %s)"
                              % space.type_name(w_real))
    if not float_or_index(w_real):
        raise space.oefmt(E.w_TypeError, "complex() first argument must be a string or a number, "
                          "not '%s'" % space.type_name(w_real))
    if w_imag is not NULL and not float_or_index(w_imag):
        raise space.oefmt(E.w_TypeError, "complex() second argument must be a number, not '%s'"
                          % space.type_name(w_imag))
    real = complex.__complex__(w_real) if isinstance(w_real, complex) else to_float(w_real)
    if w_imag is NULL:
        return new_instance(w_cls, complex, complex(real))
    imag = complex.__complex__(w_imag) if isinstance(w_imag, complex) else to_float(w_imag)
    return new_instance(w_cls, complex, complex(real, imag))


def float_or_index(w):
    """Has nb_float or nb_index, or is a number (complex()'s test, and what
    PyFloat_AsDouble takes)."""
    if isinstance(w, (int, float, complex)):
        return True
    t = typeof(w)
    return t.lookup("__float__") is not NULL or t.lookup("__index__") is not NULL


populate(w_int, int)
populate(w_bool, bool)
populate(w_float, float)
populate(w_complex, complex)


def _checked_from_bytes(host_alternate):
    # int.from_bytes(x) of a VM object without __bytes__, a buffer or iteration:
    # PyObject_Bytes's error, not iter()'s (the host's; after its checks of
    # byteorder, as CPython's; a host value's error is the host's own)
    def from_bytes(w_cls, *args, **kwargs):
        try:
            return host_alternate(w_cls, *args, **kwargs)
        except VMError as e:
            w_src = args[0] if args else kwargs.get("bytes", NULL)
            if w_src is NULL or w_src.__class__ in space.PRIMITIVE or \
                    not space.isinstance_w(e.w_exc, E.w_TypeError) or \
                    typeof(w_src).lookup("__bytes__") is not NULL or \
                    not space.not_iterable(w_src):
                raise
        raise space.oefmt(E.w_TypeError, "cannot convert '%s' object to bytes"
                          % space.type_name(w_src))
    return from_bytes


w_int.dict["from_bytes"].w_func.fn = _checked_from_bytes(w_int.dict["from_bytes"].w_func.fn)
for _w, _h in ((w_int, int), (w_float, float), (w_complex, complex)):   # (bool: int's)
    method(_w, "__format__")(_h.__format__)
