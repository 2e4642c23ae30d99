"""str, bytes, bytearray: host strings under VM types."""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, typeof, W_Instance
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, staticmethod_
from refvm.objects.hostwrap import populate, subclass_host, new_instance, install_sequence_ops

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
    w_b = typeof(w_src).lookup("__bytes__")
    if w_b is not NULL:
        return space.call_special(w_b, w_src)
    if isinstance(w_src, int):
        return space.index(w_src)
    return [space.index(w) for w in space.unpack_iterable(_iterable_for(w_src, who))]


@staticmethod_(w_bytes, "__new__")
def bytes_new(w_cls, w_src=NULL, encoding=NULL, errors=NULL):
    if w_src is NULL:
        return new_instance(w_cls, bytes, b"")
    kw = _codec_args("bytes", encoding, errors)
    if kw:
        return new_instance(w_cls, bytes, bytes(w_src, **kw))
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
                typeof(w_args).lookup("__getitem__") is NULL:
            w_args = (w_args,)
        return host_mod(w_self, w_args)
    return mod


def _containment_of(host_contains):
    def contains(w_self, w_item):
        try:
            return host_contains(w_self, w_item)
        except TypeError as e:
            # (the host's message names the item's host class: the VM's type instead)
            host_name, vm_name = type(w_item).__name__, space.type_name(w_item)
            if host_name == vm_name:
                raise
            raise space.oefmt(E.w_TypeError, str(e).replace(host_name, vm_name))
    return contains


populate(w_str, str)
populate(w_bytes, bytes)
populate(w_bytearray, bytearray)
for _w, _h in ((w_str, str), (w_bytes, bytes), (w_bytearray, bytearray)):
    method(_w, "__mod__")(_formatting_of(_h.__mod__))
    method(_w, "__contains__")(_containment_of(_h.__contains__))
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
        return host_join(w_self, space.unpack_iterable(w_it))
    return join


for _w, _h in ((w_str, str), (w_bytes, bytes), (w_bytearray, bytearray)):
    method(_w, "join")(_join_of(_h.join))
