"""str, bytes, bytearray: host strings under VM types."""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, typeof, W_Instance
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, staticmethod_
from refvm.objects.hostwrap import (populate, subclass_host, new_instance, install_sequence_ops,
                                    install_named_repr)

w_str = builtin_type("str", host_class=str)
w_bytes = builtin_type("bytes", host_class=bytes)
w_bytearray = builtin_type("bytearray", host_class=bytearray)
w_str.sub_host = subclass_host(str)
w_bytes.sub_host = subclass_host(bytes)
w_bytearray.sub_host = subclass_host(bytearray)


@staticmethod_(w_str, "__new__")
def str_new(w_cls, object=NULL, encoding=NULL, errors=NULL):
    w_obj = object                      # (CPython's keyword: str(object=5))
    if w_obj is NULL:
        value = ""
    elif encoding is NULL and errors is NULL:
        value = space.str(w_obj)
    else:
        kw = _codec_args("str", encoding, errors)
        if not isinstance(w_obj, (str, bytes, bytearray, memoryview)):
            raise space.oefmt(E.w_TypeError, "decoding to str: need a bytes-like object, %s found"
                              % space.type_name(w_obj))
        value = str(w_obj, **kw)
    if w_cls is w_str and isinstance(value, str):
        return value            # (PyObject_Str's result as it is: __str__ may give a subclass)
    return new_instance(w_cls, str, str.__str__(value) if value.__class__ is not str else value)


def _codec_args(who, encoding, errors):
    """str()'s, bytes()'s and bytearray()'s encoding and errors, checked as their
    argument clinic checks them (the VM type named), as host keywords."""
    kw = {}
    for name, w in (("encoding", encoding), ("errors", errors)):
        if w is NULL:
            continue
        if not isinstance(w, str):
            # (_PyArg_BadArgument names None as None)
            raise space.oefmt(E.w_TypeError, "%s() argument '%s' must be str, not %s"
                              % (who, name, "None" if w is None else space.type_name(w)))
        kw[name] = str.__str__(w)
    return kw


def _iterable_for(w_src, who):
    """iter(w_src), or CPython's TypeError for what bytes()/bytearray() cannot take."""
    try:
        return space.iter(w_src)
    except VMError as e:
        if space.isinstance_w(e.w_exc, E.w_TypeError):
            raise space.oefmt(E.w_TypeError, "cannot convert '%s' object to %s"
                              % (space.type_name(w_src), who))
        raise


def _bytes_source(w_src, who="bytes"):
    if isinstance(w_src, (bytes, bytearray, int, str)) and w_src.__class__ in space.PRIMITIVE:
        return w_src
    if w_src.__class__ is memoryview:           # the buffer protocol
        return w_src
    if isinstance(w_src, str):
        raise space.oefmt(E.w_TypeError, "string argument without an encoding")
    if isinstance(w_src, int):
        return space.index(w_src)
    w_it = _iterable_for(w_src, who)
    if who == "bytes" and w_src.__class__ not in space.PRIMITIVE:
        space.length_hint(w_src, 64)        # (_PyBytes_FromIterator's; bytearray asks none)
    return [space.index(w) for w in space.unpack_iterable(w_it)]


@staticmethod_(w_bytes, "__new__")
def bytes_new(w_cls, w_src=NULL, encoding=NULL, errors=NULL):
    if w_src is NULL:
        return new_instance(w_cls, bytes, b"")
    kw = _codec_args("bytes", encoding, errors)
    if kw:
        return new_instance(w_cls, bytes, bytes(w_src, **kw))
    if w_src.__class__ not in space.PRIMITIVE:
        # CPython's bytes_new asks __bytes__ first (bytearray() never does), and
        # takes only bytes from it: bytes(x) is the very object when it is a
        # bytes subclass's and the call is bytes's own
        w_b = typeof(w_src).lookup("__bytes__")
        if w_b is not NULL:
            w_r = space.call_special(w_b, w_src)
            if not isinstance(w_r, bytes):
                raise space.oefmt(E.w_TypeError, "__bytes__ returned non-bytes (type %s)"
                                  % space.type_name(w_r))
            if w_cls is w_bytes:
                return w_r
            return new_instance(w_cls, bytes, memoryview(w_r).tobytes())
    return new_instance(w_cls, bytes, bytes(_bytes_source(w_src)))


@staticmethod_(w_bytearray, "__new__")
def bytearray_new(w_cls, *args, **kwargs):
    return new_instance(w_cls, bytearray, bytearray())


@method(w_bytearray, "__init__")
def bytearray_init(w_self, w_src=NULL, encoding=NULL, errors=NULL):
    kw = _codec_args("bytearray", encoding, errors)
    if w_src is NULL:
        data = b""
    elif kw:
        data = bytes(w_src, **kw)
    else:
        data = bytes(_bytes_source(w_src, "bytearray"))
    bytearray.__init__(w_self, data)
    return None


def _formatting_of(host_mod):
    def mod(w_self, w_args):
        # CPython formats with a mapping only when the right operand's type
        # has a subscript: an instance of a class without __getitem__ is one
        # value (`"s" % C()`: not all arguments converted), though its host
        # class answers subscripts for the VM
        # (an instance of a subclass of a builtin without a subscript too:
        # `'ab' % MyInt(5)` is one value, not all arguments converted)
        if w_args.__class__ not in space.PRIMITIVE and not isinstance(w_args, tuple) and \
                (typeof(w_args).lookup("__getitem__") is NULL or
                 isinstance(w_args, (str, bytes, bytearray))):
            # (nor is a str's or bytes' subclass a mapping here: one value)
            w_args = (w_args,)
        if not _all_plain(w_args):
            w_args = _converted(w_self, w_args, host_mod is str.__mod__)
        return host_mod(w_self, w_args)
    return mod


_PLAIN = frozenset([int, float, str, bytes, bool, type(None)])
# %[(key)][flags][width][.precision][length]type, as CPython's formatter reads it
# (compiled at first use: the host's re costs ~3 ms of start-up)
_SPEC = []


def _spec_re():
    if not _SPEC:
        import re
        _SPEC.append(re.compile(r"%(?:\((?P<key>[^)]*)\))?[-+ #0]*(?P<width>\*|\d+)?"
                                r"(?:\.(?P<prec>\*|\d+))?[hlL]?(?P<type>.?)", re.S))
    return _SPEC[0]


def _all_plain(w_args):
    """Only values the host formats as CPython does (exact builtins)."""
    if w_args.__class__ is tuple:
        return all(w.__class__ in space.PRIMITIVE for w in w_args)
    return w_args.__class__ in space.PRIMITIVE


def _converted(w_fmt, w_args, text):
    """The arguments of `fmt % args` with every VM value a conversion takes
    turned into the host value CPython's formatter would make of it (its str()
    or repr() for %s/%r/%a in a str, its int for %d/%i/%u (int(), so __int__
    counts), its index for %x/%o/%c, its float for %e/%f/%g), in the order the
    conversions come, so that the host's formatting of the rest (widths, flags,
    the argument count's errors) is CPython's and never asks a host class's
    hooks.  A mapping is looked up key by key as the conversions name them."""
    fmt = w_fmt.decode("latin-1") if not isinstance(w_fmt, str) else str.__str__(w_fmt)
    mapping = w_args.__class__ is not tuple
    items = [] if mapping else list(w_args)
    out = {} if mapping else list(items)
    pos = 0
    for m in _spec_re().finditer(fmt):
        kind = m.group("type")
        if kind == "%" and m.group("key") is None:
            continue
        for star in (m.group("width"), m.group("prec")):
            if star == "*" and not mapping:
                pos += 1
        if mapping:
            key = m.group("key")
            if key is None:
                return w_args           # (the host words the error)
            try:
                w_v = space.getitem(w_args, key)
            except VMError:
                return w_args           # (the host raises it again, as CPython's)
        else:
            if pos >= len(items):
                return tuple(out)       # (not enough arguments: the host says so)
            w_v = items[pos]
        w_c = _convert(kind, w_v, text)
        if mapping:
            out[key] = w_c
        else:
            out[pos] = w_c
            pos += 1
    return out if mapping else tuple(out)


class _AsIs(str):
    """A %r or %a conversion's text, which the host's formatter prints as it is
    (it asks for its repr)."""

    def __repr__(self):
        return str.__str__(self)


def _convert(kind, w_v, text):
    if w_v.__class__ in _PLAIN:
        return w_v
    if kind in "sra" and text:
        r = space.str(w_v) if kind == "s" else space.repr(w_v)
        if kind == "s":
            return r
        # (the host's %r and %a of this text: the text itself, not its repr)
        return _AsIs(r.encode("ascii", "backslashreplace").decode("ascii") if kind == "a" else r)
    if kind in "diu":
        if isinstance(w_v, int):
            return int.__int__(w_v)
        wrong = "%%%s format: a real number is required, not %s" % (kind, space.type_name(w_v))
        if not space.number_check(w_v):
            raise space.oefmt(E.w_TypeError, wrong)
        from refvm.objects.numbers import to_int
        try:
            return to_int(w_v)          # (PyNumber_Long; its TypeError is reworded)
        except VMError as e:
            if not space.isinstance_w(e.w_exc, E.w_TypeError):
                raise
        raise space.oefmt(E.w_TypeError, wrong)
    if kind in "oxX":
        if isinstance(w_v, int):
            return int.__int__(w_v)
        if typeof(w_v).lookup("__index__") is NULL:
            raise space.oefmt(E.w_TypeError, "%%%s format: an integer is required, not %s"
                              % (kind, space.type_name(w_v)))
        return space.index(w_v)
    if kind in "eEfFgG":
        if isinstance(w_v, float):
            return float.__float__(w_v)
        from refvm.objects.numbers import to_float, float_or_index
        if not float_or_index(w_v):
            raise space.oefmt(E.w_TypeError, "must be real number, not %s" % space.type_name(w_v))
        return to_float(w_v)
    if kind == "c" and isinstance(w_v, int):
        return int.__int__(w_v)
    return w_v


populate(w_str, str)
populate(w_bytes, bytes)
_host_extend = bytearray.extend
_host_setitem = bytearray.__setitem__


@method(w_bytearray, "__setitem__")
def bytearray_setitem(w_self, w_key, w_value):
    # a slice's new bytes from a VM object: CPython's bytearray_ass_subscript
    # refuses a number (PyNumber_Check) or a str and takes the rest through
    # bytearray(value); the host took any VM object for a number (VMHooks has
    # __index__) and refused an iterable class's instance
    if w_key.__class__ is slice and w_value.__class__ not in space.PRIMITIVE and \
            w_value.__class__ is not memoryview and not isinstance(w_value, str):
        if isinstance(w_value, (bytes, bytearray)):
            w_value = memoryview(w_value).tobytes()     # (a subclass's bytes: its buffer)
        elif not space.number_check(w_value):
            w_value = bytearray(_bytes_source(w_value, "bytearray"))
    return _host_setitem(w_self, w_key, w_value)


@method(w_bytearray, "extend")
def bytearray_extend(w_self, w_src):
    if space.not_iterable(w_src):
        raise space.oefmt(E.w_TypeError, "can't extend bytearray with %s"
                          % space.type_name(w_src))
    return _host_extend(w_self, w_src)


populate(w_bytearray, bytearray)
install_named_repr(w_bytearray, bytearray, ("__repr__", "__str__"))
for _w, _h in ((w_str, str), (w_bytes, bytes), (w_bytearray, bytearray)):
    method(_w, "__mod__")(_formatting_of(_h.__mod__))
method(w_str, "__format__")(str.__format__)
from refvm.objects.strformat import str_format, str_format_map  # noqa: E402
method(w_str, "format")(str_format)
method(w_str, "format_map")(str_format_map)
for _w, _h in ((w_str, str), (w_bytes, bytes), (w_bytearray, bytearray)):
    install_sequence_ops(_w, _h)


def _join_of(host_join):
    def join(w_self, w_iterable):
        # (CPython's PySequence_Fast: a TypeError getting the iterator is
        # reworded, one while iterating is not)
        try:
            w_it = space.iter(w_iterable)
        except VMError as e:
            if not space.isinstance_w(e.w_exc, E.w_TypeError):
                raise
            raise space.oefmt(E.w_TypeError, "can only join an iterable")
        if w_iterable.__class__ not in space.PRIMITIVE:
            space.length_hint(w_iterable, 8)    # (PySequence_List's, on the iterable)
        return host_join(w_self, space.unpack_iterable(w_it))
    return join


for _w, _h in ((w_str, str), (w_bytes, bytes), (w_bytearray, bytearray)):
    method(_w, "join")(_join_of(_h.join))
