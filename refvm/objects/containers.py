"""tuple, list, dict, set, frozenset, range, slice, their views and iterators."""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, typeof, W_Object
from refvm.objects.typeobject import builtin_type, map_host
from refvm.objects.functions import method, staticmethod_, classmethod_, W_GetSet
from refvm.objects.hostwrap import (populate, subclass_host, new_instance, install_sequence_ops,
                                    install_named_repr)

w_tuple = builtin_type("tuple", host_class=tuple)
w_list = builtin_type("list", host_class=list)
w_dict = builtin_type("dict", host_class=dict)
w_set = builtin_type("set", host_class=set)
w_frozenset = builtin_type("frozenset", host_class=frozenset)
w_range = builtin_type("range", host_class=range, acceptable_base=False)
w_slice = builtin_type("slice", host_class=slice, acceptable_base=False)
for _w, _h in ((w_tuple, tuple), (w_list, list), (w_dict, dict), (w_set, set),
               (w_frozenset, frozenset)):
    _w.sub_host = subclass_host(_h)


# ------------------------------------------------------------------ tuple / list

@staticmethod_(w_tuple, "__new__")
def tuple_new(w_cls, w_iterable=()):
    return new_instance(w_cls, tuple, tuple(space.unpack_iterable(w_iterable, True)))


@staticmethod_(w_list, "__new__")
def list_new(w_cls, *args, **kwargs):
    return new_instance(w_cls, list, [])


@method(w_list, "__init__")
def list_init(w_self, w_iterable=NULL):
    items = [] if w_iterable is NULL else space.unpack_iterable(w_iterable, True)
    list.clear(w_self)
    list.extend(w_self, items)
    return None


class _SortKey(object):
    """Orders VM values by VM `<` for the host sort (which only uses __lt__)."""
    __slots__ = ("w",)

    def __init__(self, w):
        self.w = w

    def __lt__(self, other):
        return space.truth(space.lt(self.w, other.w))


_SORT_FAST = (int, float, str)


@method(w_list, "sort")
def list_sort(w_self, *, key=None, reverse=False):
    # (arguments it cannot take: functions.CPYTHON_ARGUMENTS["list.sort"])
    if reverse.__class__ is not bool:
        reverse = space.index(reverse) != 0     # (an int, as its argument clinic takes it)
    items = list(w_self)
    del w_self[:]          # as CPython: the list looks empty while it is sorted
    try:
        keys = items if key is None else [space.call(key, [w]) for w in items]
        _sort_order(w_self, items, keys, reverse)
    except BaseException:
        w_self[:] = items
        raise
    return None


def _sort_order(w_self, items, keys, reverse):
    c = keys[0].__class__ if keys else int
    if c in _SORT_FAST and all(k.__class__ is c for k in keys):
        order = sorted(range(len(items)), key=keys.__getitem__, reverse=space.truth(reverse))
    else:
        wrapped = [_SortKey(k) for k in keys]
        order = sorted(range(len(items)), key=wrapped.__getitem__, reverse=space.truth(reverse))
    modified = len(w_self) != 0
    w_self[:] = [items[i] for i in order]
    if modified:
        raise space.oefmt(E.w_ValueError, "list modified during sort")


def _slice_index(w):
    """A start or stop of list.index/tuple.index (CPython's
    _PyEval_SliceIndexNotNone: None is refused too)."""
    if w.__class__ is not int and typeof(w).lookup("__index__") is NULL:
        raise space.oefmt(E.w_TypeError,
                          "slice indices must be integers or have an __index__ method")
    return space.index(w)


def _seq_index(w_self, w_value, *args):
    if len(args) > 2:
        raise space.oefmt(E.w_TypeError, "index expected at most 3 arguments, got %d"
                          % (len(args) + 1))
    n = len(w_self)
    start = _slice_index(args[0]) if args else 0
    stop = _slice_index(args[1]) if len(args) > 1 else n
    start, stop, _ = slice(start, stop).indices(n)
    for i in range(start, stop):
        if space.eq_w(w_self[i], w_value):
            return i
    raise space.oefmt(E.w_ValueError, "%s is not in list" % space.repr(w_value)
                      if isinstance(w_self, list) else "tuple.index(x): x not in tuple")


def _seq_count(w_self, w_value):
    return sum(1 for w in list(w_self) if space.eq_w(w, w_value))


def _seq_contains(w_self, w_value):
    for w in list(w_self):
        if space.eq_w(w, w_value):
            return True
    return False


@method(w_list, "remove")
def list_remove(w_self, w_value):
    for i, w in enumerate(list(w_self)):
        if space.eq_w(w, w_value):
            del w_self[i]
            return None
    raise space.oefmt(E.w_ValueError, "list.remove(x): x not in list")


for _w in (w_list, w_tuple):
    method(_w, "index")(_seq_index)
    method(_w, "count")(_seq_count)
    method(_w, "__contains__")(_seq_contains)


# ------------------------------------------------------------------ dict

@staticmethod_(w_dict, "__new__")
def dict_new(w_cls, *args, **kwargs):
    return new_instance(w_cls, dict, {})


@method(w_dict, "__init__")
def dict_init(w_self, *args, **kwargs):
    if len(args) > 1:
        raise space.oefmt(E.w_TypeError, "dict expected at most 1 argument, got %d" % len(args))
    dict_update(w_self, *args, **kwargs)
    return None


@method(w_dict, "update")
def dict_update(w_self, *args, **kwargs):
    if len(args) > 1:
        raise space.oefmt(E.w_TypeError, "update expected at most 1 argument, got %d" % len(args))
    if args:
        update_from(w_self, args[0])
    for k, w_v in kwargs.items():
        w_self[k] = w_v
    return None


def update_from(d, w_src):
    if w_src.__class__ is dict:
        d.update(w_src)
        return
    w_keys = space.getattr_or_null(w_src, "keys")
    if w_keys is not NULL:
        for w_k in space.unpack_iterable(space.call(w_keys, [])):
            dict.__setitem__(d, w_k, space.getitem(w_src, w_k))
        return
    for i, w_item in enumerate(space.unpack_iterable(w_src)):
        try:
            pair = space.unpack_iterable(w_item)
        except VMError as e:
            if space.isinstance_w(e.w_exc, E.w_TypeError):
                raise space.oefmt(E.w_TypeError, "cannot convert dictionary update sequence "
                                  "element #%d to a sequence" % i)
            raise
        if len(pair) != 2:
            raise space.oefmt(E.w_ValueError, "dictionary update sequence element #%d has "
                              "length %d; 2 is required" % (i, len(pair)))
        dict.__setitem__(d, pair[0], pair[1])


@method(w_dict, "__getitem__")
def dict_getitem(w_self, w_key):
    try:
        return dict.__getitem__(w_self, w_key)
    except KeyError:
        if w_self.__class__ is not dict:
            w_missing = typeof(w_self).lookup("__missing__")
            if w_missing is not NULL:
                return space.call_special(w_missing, w_self, w_key)
        raise VMError(E.W_BaseException(E.w_KeyError, (w_key,)))


@classmethod_(w_dict, "fromkeys")
def dict_fromkeys(w_cls, w_iterable, w_value=None):
    w_d = space.call(w_cls, [])
    for w_k in space.unpack_iterable(w_iterable):
        space.setitem(w_d, w_k, w_value)
    return w_d


# ------------------------------------------------------------------ set

@staticmethod_(w_set, "__new__")
def set_new(w_cls, *args, **kwargs):
    return new_instance(w_cls, set, set())


@method(w_set, "__init__")
def set_init(w_self, w_iterable=NULL):
    set.clear(w_self)
    if w_iterable is not NULL:
        set.update(w_self, space.unpack_iterable(w_iterable))
    return None


@staticmethod_(w_frozenset, "__new__")
def frozenset_new(w_cls, w_iterable=()):
    return new_instance(w_cls, frozenset, frozenset(space.unpack_iterable(w_iterable)))


# ------------------------------------------------------------------ range / slice

@staticmethod_(w_range, "__new__")
def range_new(w_cls, *args):
    return range(*[space.index(w) for w in args])


@staticmethod_(w_slice, "__new__")
def slice_new(w_cls, *args):
    return slice(*args)


populate(w_tuple, tuple)
populate(w_list, list)
populate(w_dict, dict)
populate(w_set, set)
populate(w_frozenset, frozenset)
install_named_repr(w_set, set)
install_named_repr(w_frozenset, frozenset)
populate(w_range, range)
populate(w_slice, slice)
for _w, _h in ((w_list, list), (w_tuple, tuple)):
    install_sequence_ops(_w, _h)


# ------------------------------------------------------------------ iterators and views

def _host_iter_type(name, host_cls, module="builtins"):
    w_t = builtin_type(name, host_class=host_cls, acceptable_base=False, module=module)
    map_host(host_cls, w_t)
    populate(w_t, host_cls)
    space.HOST_ITERATORS.add(host_cls)
    return w_t


_samples = [
    iter([]), iter(()), iter(""), iter("\u1234"), iter(range(0)), iter(range(1 << 100)),
    iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(b""), iter(bytearray()),
    reversed([]), reversed(range(0)), reversed({}), reversed({}.values()),
    reversed({}.items()), iter(memoryview(b"")),
]
for _it in _samples:
    if type(_it) not in space.HOST_ITERATORS:
        _host_iter_type(type(_it).__name__, type(_it))

def _view_mapping(w_view):
    """A dict view's `mapping`: a read-only proxy of its dict (the host's own
    attribute is a host mappingproxy, which has no VM type: refvm had an
    internal error).  The dict is the view's one referent on CPython; a copy
    on a host where it is not."""
    import gc
    from refvm.objects.objecttype import W_MappingProxy
    for r in gc.get_referents(w_view):
        if isinstance(r, dict):
            return W_MappingProxy(r)
    return W_MappingProxy(dict(w_view.mapping))


for _view in ({}.keys(), {}.values(), {}.items()):
    _w = builtin_type(type(_view).__name__, host_class=type(_view), acceptable_base=False)
    populate(_w, type(_view))
    _w.dict["mapping"] = W_GetSet("mapping", _view_mapping, None, None, _w)

# memoryview: the host's, over the host bytes/bytearray that are refvm's values
w_memoryview = builtin_type("memoryview", host_class=memoryview, acceptable_base=False)
map_host(memoryview, w_memoryview)
populate(w_memoryview, memoryview)


@staticmethod_(w_memoryview, "__new__")
def memoryview_new(w_cls, w_object):
    if w_object.__class__ not in (bytes, bytearray, memoryview):
        raise space.oefmt(E.w_TypeError, "memoryview: a bytes-like object is required, not '%s'"
                          % space.type_name(w_object))
    return memoryview(w_object)


def _lazy_builtin_type(name, host_cls):
    """enumerate/zip/map/filter/reversed: host lazy iterators over VM iterables."""
    w_t = _host_iter_type(name, host_cls)

    def new(w_cls, *args, **kwargs):
        return host_cls(*args, **kwargs)
    staticmethod_(w_t, "__new__")(new)
    return w_t


w_enumerate = _lazy_builtin_type("enumerate", enumerate)
w_zip = _lazy_builtin_type("zip", zip)
w_map = _lazy_builtin_type("map", map)
w_filter = _lazy_builtin_type("filter", filter)
w_reversed = _lazy_builtin_type("reversed", reversed)


@staticmethod_(w_reversed, "__new__")
def reversed_new(w_cls, w_seq):
    if w_seq.__class__ in space.PRIMITIVE:
        return reversed(w_seq)
    t = typeof(w_seq)
    w_rev = t.lookup("__reversed__")
    if w_rev is not NULL and w_rev is not None:
        return space.call_special(w_rev, w_seq)
    if w_rev is None or t.lookup("__getitem__") is NULL or \
            (isinstance(w_seq, dict) and t.lookup("__getitem__") is w_dict.dict["__getitem__"]):
        raise space.oefmt(E.w_TypeError, "'%s' object is not reversible" % space.type_name(w_seq))
    # CPython's reversed of a sequence: its len() now (a type without __len__
    # is len()'s error), its items read as it is iterated, an IndexError or
    # StopIteration from __getitem__ ending it
    return reversed(_Indexed(w_seq))


class _Indexed(object):
    """A VM sequence as the host's reversed() reads it."""
    __slots__ = ("w_seq",)

    def __init__(self, w_seq):
        self.w_seq = w_seq

    def __len__(self):
        return space.len(self.w_seq)

    def __getitem__(self, i):
        try:
            return space.getitem(self.w_seq, i)
        except VMError as e:
            if space.isinstance_w(e.w_exc, E.w_IndexError) or \
                    space.isinstance_w(e.w_exc, E.w_StopIteration):
                raise IndexError(i)
            raise


class W_SeqIter(W_Object):
    """The iterator iter() makes for an object with only __getitem__."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0


w_iterator = builtin_type("iterator", host_class=None, acceptable_base=False)
W_SeqIter.w_type = w_iterator


@method(w_iterator, "__iter__")
def seqiter_iter(w_it):
    return w_it


@method(w_iterator, "__next__")
def seqiter_next(w_it):
    if w_it.w_seq is None:
        raise VMError(E.W_BaseException(E.w_StopIteration, ()))
    try:
        w_v = space.getitem(w_it.w_seq, w_it.index)
    except VMError as e:
        if space.isinstance_w(e.w_exc, E.w_IndexError) or \
                space.isinstance_w(e.w_exc, E.w_StopIteration):
            w_it.w_seq = None
            raise VMError(E.W_BaseException(E.w_StopIteration, ()))
        raise
    w_it.index += 1
    return w_v
