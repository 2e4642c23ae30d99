"""The object space: every VM-level operation, written once.

Attribute access, calls, truth, repr/str/hash, iteration, subscription and the
operator dispatch of the language reference ("Emulating numeric types", "Rich
comparisons") live here.  The interpreter's instructions, the builtin functions
and the host protocol hooks of W_Object all call these functions, so each rule
has exactly one implementation.

Host-represented values of builtin types (PRIMITIVE classes) take fast paths
that call the host operation directly: the host implements those builtin
semantics exactly, including CPython's error messages.
"""
import _operator as _op    # (operator.py re-exports it)

from refvm.errors import VMError
from refvm.objects import model
from refvm.objects.model import NULL, typeof, issubtype, HOST2VM
from refvm.jit import ACTIVE as JIT     # the running JIT (refvm/jit/hotloop.py), or [None]

# Filled by bootstrap: the exception types, and the interpreter's entry points.
E = None            # refvm.objects.exceptions module
interp = None       # refvm.interp.loop module
builtin_types = None  # refvm.objects.builtintypes module (w_object, w_type, ...)

_hoststr = "".__class__
PRIMITIVE = frozenset([int, float, complex, str, bytes, bool, tuple, list, dict, set,
                       frozenset, type(None), range, slice, bytearray])
NUMERIC = frozenset([int, float, bool])


# ---------------------------------------------------------------- errors

def oefmt(w_type, msg):
    """A VMError carrying a new exception of `w_type` with message `msg`."""
    return VMError(E.new_exception(w_type, (msg,)))


def type_name(w):
    return typeof(w).name


def wrap_host_exception(e):
    """Convert a host exception raised by a host-implemented builtin."""
    if DEBUG:
        import traceback
        traceback.print_exception(type(e), e, e.__traceback__)
    return VMError(E.from_host(e))


DEBUG = bool(__import__("os").environ.get("REFVM_DEBUG"))


# ---------------------------------------------------------------- calls

def call(w, args, kwargs=None):
    """Call any VM callable with a host list/tuple of args and a host dict or None."""
    c = w.__class__
    if c is builtin_types.W_BuiltinFunction:
        return w.call(args, kwargs)
    if c is builtin_types.W_MethodDescr:
        return w.call_unbound(args, kwargs)
    if c is builtin_types.W_Function:
        return interp.call_function(w, list(args), kwargs)
    if c is builtin_types.W_Method:
        if w.w_func.__class__ is builtin_types.W_MethodDescr:
            return w.w_func.call_bound(w.w_self, args, kwargs)
        return call(w.w_func, [w.w_self] + list(args), kwargs)
    if c is model.W_Type and w.w_type is builtin_types.w_type:
        return builtin_types.type_call(w, list(args), kwargs)
    w_call = typeof(w).lookup("__call__")
    if w_call is NULL:
        raise oefmt(E.w_TypeError, "'%s' object is not callable" % type_name(w))
    return call(w_call, [w] + list(args), kwargs)


def call_special(w_func, w_self, *args):
    """Call a special method found on the type (unbound) with self first."""
    c = w_func.__class__
    if c is builtin_types.W_MethodDescr or c is builtin_types.W_Function:
        if c is builtin_types.W_MethodDescr:
            # (the slot's behaviour: op_fn, see W_MethodDescr)
            return w_func.call_op((w_self,) + args)
        return interp.call_function(w_func, [w_self] + list(args), None)
    return call(get(w_func, w_self), list(args))


def lookup_and_call(w, name, *args):
    w_f = typeof(w).lookup(name)
    if w_f is NULL:
        return NULL
    return call_special(w_f, w, *args)


def callable(w):
    c = w.__class__
    if c in (builtin_types.W_Function, builtin_types.W_BuiltinFunction,
             builtin_types.W_Method, model.W_Type):
        return True
    return typeof(w).lookup("__call__") is not NULL


# ---------------------------------------------------------------- descriptors

def get(w_descr, w_obj, w_type=None):
    """Apply the descriptor protocol: descr.__get__(obj, type), or descr itself."""
    c = w_descr.__class__
    if c is builtin_types.W_Function or c is builtin_types.W_MethodDescr:
        if w_obj is None:
            return w_descr
        return builtin_types.W_Method(w_descr, w_obj)
    w_get = typeof(w_descr).lookup("__get__")
    if w_get is NULL:
        return w_descr
    if w_type is None:
        w_type = typeof(w_obj)
    return call_special(w_get, w_descr, w_obj, w_type)


def is_data_descr(w_descr):
    t = typeof(w_descr)
    return t.lookup("__set__") is not NULL or t.lookup("__delete__") is not NULL


# ---------------------------------------------------------------- attributes

def getattr(w, name):
    t = typeof(w)
    w_ga = t.lookup("__getattribute__")
    try:
        if w_ga is builtin_types.OBJECT_GETATTRIBUTE:
            if t.lookup("__getattr__") is NULL:
                w_v = generic_getattr(w, name, t)
                if w_v is not NULL:
                    return w_v
                raise attribute_error(w, name)
            try:
                w_v = generic_getattr(w, name, t)
            except VMError as e:
                if not isinstance_w(e.w_exc, E.w_AttributeError):
                    raise
                return _getattr_fallback(w, name, t, e)
            if w_v is not NULL:
                return w_v
            return _getattr_fallback(w, name, t, None)
        if w_ga is builtin_types.TYPE_GETATTRIBUTE:
            w_v = builtin_types.type_getattr(w, name)
            if w_v is not NULL:
                return w_v
            return _getattr_fallback(w, name, t, None)
        try:
            return call_special(w_ga, w, name)
        except VMError as e:
            if not isinstance_w(e.w_exc, E.w_AttributeError):
                raise
            return _getattr_fallback(w, name, t, e)
    except VMError as e:
        # any AttributeError out of a lookup (a property's, __getattr__'s)
        # learns what was looked up, as CPython 3.11's PyObject_GetAttr
        # augments it (set_attribute_error_context)
        w_e = e.w_exc
        if isinstance_w(w_e, E.w_AttributeError):
            f = E.fields(w_e)
            if f.get("name") is None and f.get("obj") is None:
                f["name"] = name
                f["obj"] = w
        raise


def _getattr_fallback(w, name, t, err):
    w_gattr = t.lookup("__getattr__")
    if w_gattr is not NULL:
        return call_special(w_gattr, w, name)
    if err is not None:
        try:
            raise err
        finally:
            err = None          # (no host cycle through this frame: loop._unwind)
    raise attribute_error(w, name)


def attribute_error(w, name):
    if w.__class__ is model.W_Type:
        msg = "type object '%s' has no attribute '%s'" % (w.name, name)
    elif typeof(w) is builtin_types.w_module:
        msg = "module '%s' has no attribute '%s'" % (w.name, name)
    else:
        msg = "'%s' object has no attribute '%s'" % (type_name(w), name)
    return VMError(E.lookup_error(E.w_AttributeError, msg, name, w))


def getattr_or_null(w, name):
    try:
        return getattr(w, name)
    except VMError as e:
        if isinstance_w(e.w_exc, E.w_AttributeError):
            return NULL
        raise


def generic_getattr(w, name, t):
    """object.__getattribute__: data descriptor, instance dict, non-data descriptor."""
    w_descr = t.lookup(name)
    w_get = NULL
    if w_descr is not NULL:
        c = w_descr.__class__
        if c is builtin_types.W_Function or c is builtin_types.W_MethodDescr:
            d = _instance_dict(w)
            if d is not None and name in d:
                return d[name]
            return builtin_types.W_Method(w_descr, w)
        if c is builtin_types.W_GetSet:
            # (its getter with the instance: `__get__(None, T)` would mean no
            # instance, and None is one here: None.__class__)
            return w_descr.getter(w)
        dt = typeof(w_descr)
        w_get = dt.lookup("__get__")
        if w_get is not NULL and (dt.lookup("__set__") is not NULL
                                  or dt.lookup("__delete__") is not NULL):
            return call_special(w_get, w_descr, w, t)
    d = _instance_dict(w)
    if d is not None:
        if d.__class__ is dict:
            w_v = d.get(name, NULL)
            if w_v is not NULL:
                return w_v
        else:
            try:
                return getitem(d, name)
            except VMError as e:
                if not isinstance_w(e.w_exc, E.w_KeyError):
                    raise
    if w_descr is not NULL:
        if w_get is not NULL:
            return call_special(w_get, w_descr, w, t)
        return w_descr
    return NULL


def _instance_dict(w):
    try:
        return w.w_dict
    except AttributeError:
        return None


def setattr(w, name, w_value):
    t = typeof(w)
    w_sa = t.lookup("__setattr__")
    if w_sa is builtin_types.OBJECT_SETATTR:
        generic_setattr(w, name, w_value, t)
    else:
        call_special(w_sa, w, name, w_value)


def generic_setattr(w, name, w_value, t):
    w_descr = t.lookup(name)
    if w_descr is not NULL:
        dt = typeof(w_descr)
        w_set = dt.lookup("__set__")
        if w_set is not NULL:
            call_special(w_set, w_descr, w, w_value)
            return
        if dt.lookup("__delete__") is not NULL:
            # a data descriptor by its __delete__ alone: CPython's slot calls
            # __set__, which it has not
            raise VMError(E.W_BaseException(E.w_AttributeError, ("__set__",)))
    d = _instance_dict(w)
    if d is None:
        if w_descr is not NULL:
            raise oefmt(E.w_AttributeError, "'%s' object attribute '%s' is read-only"
                        % (t.name, name))
        raise oefmt(E.w_AttributeError, "'%s' object has no attribute '%s'" % (t.name, name))
    if d.__class__ is dict:
        d[name] = w_value
    else:
        setitem(d, name, w_value)


def delattr(w, name):
    t = typeof(w)
    w_da = t.lookup("__delattr__")
    if w_da is builtin_types.OBJECT_DELATTR:
        generic_delattr(w, name, t)
    else:
        call_special(w_da, w, name)


def generic_delattr(w, name, t):
    w_descr = t.lookup(name)
    if w_descr is not NULL:
        dt = typeof(w_descr)
        w_del = dt.lookup("__delete__")
        if w_del is not NULL:
            call_special(w_del, w_descr, w)
            return
        if dt.lookup("__set__") is not NULL:
            # (a data descriptor by its __set__ alone: the slot calls __delete__)
            raise VMError(E.W_BaseException(E.w_AttributeError, ("__delete__",)))
    d = _instance_dict(w)
    if d is not None and name in d:
        del d[name]
        return
    if d is None and w_descr is not NULL:
        raise oefmt(E.w_AttributeError, "'%s' object attribute '%s' is read-only" % (t.name, name))
    raise attribute_error(w, name)


# ---------------------------------------------------------------- conversions

def truth(w):
    c = w.__class__
    if c is bool:
        return w
    if c in PRIMITIVE:
        return bool(w)
    t = typeof(w)
    w_b = t.lookup("__bool__")
    if w_b is not NULL:
        w_r = call_special(w_b, w)
        if w_r.__class__ is not bool:
            raise oefmt(E.w_TypeError, "__bool__ should return bool, returned %s" % type_name(w_r))
        return w_r
    w_len = t.lookup("__len__")
    if w_len is not NULL:
        return len_of(w, w_len) != 0
    return True


def len(w):
    c = w.__class__
    if c in PRIMITIVE and c is not int and c is not float and c is not bool:
        try:
            return _hostlen(w)
        except TypeError as e:
            raise wrap_host_exception(e)
    w_len = typeof(w).lookup("__len__")
    if w_len is NULL:
        raise oefmt(E.w_TypeError, "object of type '%s' has no len()" % type_name(w))
    return len_of(w, w_len)


def len_of(w, w_len):
    w_r = call_special(w_len, w)
    n = index(w_r) if w_r.__class__ is not int else w_r
    if n < 0:
        raise oefmt(E.w_ValueError, "__len__() should return >= 0")
    if n > SSIZE_MAX:
        # (slot_sq_length's PyNumber_AsSsize_t)
        raise oefmt(E.w_OverflowError, "cannot fit 'int' into an index-sized integer")
    return int(n)


SSIZE_MAX = (1 << 63) - 1


_hostlen = __builtins__["len"] if isinstance(__builtins__, dict) else __builtins__.len


def index(w):
    c = w.__class__
    if c is int or c is bool:
        return w
    w_i = typeof(w).lookup("__index__")
    if w_i is NULL:
        raise oefmt(E.w_TypeError, "'%s' object cannot be interpreted as an integer"
                    % type_name(w))
    w_r = call_special(w_i, w)
    if w_r.__class__ is int:
        return w_r
    if not isinstance(w_r, int):
        raise oefmt(E.w_TypeError, "__index__ returned non-int (type %s)" % type_name(w_r))
    # (PyNumber_Index: a strict subclass's value, deprecated, made an int)
    from refvm.interp.runtime_warnings import warn
    warn(E.w_DeprecationWarning, "__index__ returned non-int (type %s).  The ability to return "
         "an instance of a strict subclass of int is deprecated, and may be removed in a "
         "future version of Python." % type_name(w_r))
    return int.__int__(w_r)


def repr(w):
    c = w.__class__
    if c is int or c is _hoststr or c is float or c is bool or c is type(None):
        return _hostrepr(w)
    w_r = lookup_and_call(w, "__repr__")
    if not isinstance(w_r, _hoststr):
        raise oefmt(E.w_TypeError, "__repr__ returned non-string (type %s)" % type_name(w_r))
    return w_r


_hostrepr = _op.methodcaller("__repr__")


def str(w):
    c = w.__class__
    if c is _hoststr:
        return w
    if c is int or c is float:
        return c.__repr__(w)
    w_r = lookup_and_call(w, "__str__")
    if not isinstance(w_r, _hoststr):
        raise oefmt(E.w_TypeError, "__str__ returned non-string (type %s)" % type_name(w_r))
    return w_r


_hoststr = "".__class__


def format(w, spec):
    c = w.__class__
    if c in PRIMITIVE:
        try:
            return c.__format__(w, spec)
        except (ValueError, TypeError) as e:
            raise wrap_host_exception(e)
    try:
        w_r = lookup_and_call(w, "__format__", spec)
    except VMError as e:
        # (a builtin's __format__ on its subclass's instance: the host's message
        # names refvm's host class, CPython's the instance's type)
        host, vm = c.__name__, type_name(w)
        a = e.w_exc.args
        if host != vm and a and a[0].__class__ is _hoststr and ("'%s'" % host) in a[0]:
            e.w_exc.args = (a[0].replace("'%s'" % host, "'%s'" % vm),) + tuple(a[1:])
        raise
    if not isinstance(w_r, _hoststr):
        raise oefmt(E.w_TypeError, "__format__ must return a str, not %s" % type_name(w_r))
    return w_r


def hash(w):
    c = w.__class__
    if c is int or c is _hoststr or c is bool or c is float or c is tuple or c is type(None):
        try:
            return c.__hash__(w) if c is not tuple else _hosthash(w)
        except TypeError as e:
            raise wrap_host_exception(e)
    w_h = typeof(w).lookup("__hash__")
    if w_h is None or w_h is NULL:
        raise oefmt(E.w_TypeError, "unhashable type: '%s'" % type_name(w))
    w_r = call_special(w_h, w)
    if not isinstance(w_r, int):
        raise oefmt(E.w_TypeError, "__hash__ method should return an integer")
    # CPython's slot_tp_hash: a result that fits a Py_ssize_t is the hash itself
    # (-1 becomes -2); only a larger one is reduced by int's own hash
    h = int(w_r)
    if -0x8000000000000000 <= h <= 0x7FFFFFFFFFFFFFFF:
        return -2 if h == -1 else h
    return _hosthash(h)


_hosthash = __builtins__["hash"] if isinstance(__builtins__, dict) else __builtins__.hash


# ---------------------------------------------------------------- iteration

def not_iterable(w):
    """Would iter(w) raise "not iterable": w's type has neither __iter__ nor
    __getitem__, or sets __iter__ to None."""
    t = typeof(w)
    w_it = t.lookup("__iter__")
    return w_it is None or (w_it is NULL and t.lookup("__getitem__") is NULL)


def iter(w):
    c = w.__class__
    if c in PRIMITIVE:
        try:
            return _hostiter(w)
        except TypeError as e:
            raise wrap_host_exception(e)
    if c is builtin_types.W_Generator:
        return w            # (generator.__iter__, which no class can override)
    t = typeof(w)
    w_it = t.lookup("__iter__")
    if w_it is None:
        raise oefmt(E.w_TypeError, "'%s' object is not iterable" % t.name)
    if w_it is NULL:
        if t.lookup("__getitem__") is not NULL:
            return builtin_types.W_SeqIter(w)
        raise oefmt(E.w_TypeError, "'%s' object is not iterable" % t.name)
    w_r = call_special(w_it, w)
    if typeof(w_r).lookup("__next__") is NULL:
        raise oefmt(E.w_TypeError, "iter() returned non-iterator of type '%s'" % type_name(w_r))
    return w_r


_hostiter = __builtins__["iter"] if isinstance(__builtins__, dict) else __builtins__.iter
_hostnext = __builtins__["next"] if isinstance(__builtins__, dict) else __builtins__.next

HOST_ITERATORS = set()    # host iterator classes whose next() is VM-exact


def next_or_null(w_it):
    """Advance an iterator; NULL when it is exhausted (StopIteration swallowed)."""
    c = w_it.__class__
    if c in HOST_ITERATORS:
        try:
            return _hostnext(w_it, NULL)
        except VMError:
            raise
        except Exception as e:
            raise wrap_host_exception(e)
    if c is builtin_types.W_Generator:
        return w_it.resume_or_null(None)
    w_n = typeof(w_it).lookup("__next__")
    if w_n is NULL:
        raise oefmt(E.w_TypeError, "'%s' object is not an iterator" % type_name(w_it))
    try:
        return call_special(w_n, w_it)
    except VMError as e:
        if isinstance_w(e.w_exc, E.w_StopIteration):
            return NULL
        raise


def next(w_it):
    w_n = typeof(w_it).lookup("__next__")
    if w_n is NULL:
        raise oefmt(E.w_TypeError, "'%s' object is not an iterator" % type_name(w_it))
    return call_special(w_n, w_it)


def unpack_iterable(w, hint=False):
    """All items of an iterable as a host list.  hint: as list(), tuple(),
    sorted(), str.join(), bytes(), `[*x]` and `f(*x)` take them in CPython
    (list_extend, PySequence_Tuple): x's length hint is asked, once its
    iterator is made, before the first item (set(), for loops and unpacking
    assignments without a star ask none; a starred one's list of the rest
    does: UNPACK_EX)."""
    c = w.__class__
    if c is list or c is tuple:
        return list(w)
    w_it = iter(w)
    if hint and c is not builtin_types.W_Generator and c not in PRIMITIVE:
        length_hint(w, 8)
    out = []
    if w_it.__class__ is builtin_types.W_Generator and JIT[0] is not None:
        JIT[0].drain(w_it, out.append)      # (a compiled step per value, or as a loop)
        return out
    while True:
        w_v = next_or_null(w_it)
        if w_v is NULL:
            return out
        out.append(w_v)


def length_hint(w, default):
    """CPython's PyObject_LengthHint: len(w) if w's type has __len__ (a
    TypeError from it ignored), else its __length_hint__ (NotImplemented, or a
    TypeError, meaning `default`), checked."""
    t = typeof(w)
    if t.lookup("__len__") is not NULL:
        try:
            return len(w)
        except VMError as e:
            if not isinstance_w(e.w_exc, E.w_TypeError):
                raise
    w_h = t.lookup("__length_hint__")
    if w_h is NULL or w_h is None:
        return default
    try:
        w_r = call_special(w_h, w)
    except VMError as e:
        if isinstance_w(e.w_exc, E.w_TypeError):
            return default
        raise
    if w_r is NotImplemented:
        return default
    if not isinstance(w_r, int):
        raise oefmt(E.w_TypeError, "__length_hint__ must be an integer, not %s" % type_name(w_r))
    if not -SSIZE_MAX - 1 <= w_r <= SSIZE_MAX:
        raise oefmt(E.w_OverflowError, "Python int too large to convert to C ssize_t")
    if w_r < 0:
        raise oefmt(E.w_ValueError, "__length_hint__() should return >= 0")
    return int(w_r)


def contains(w_container, w_item):
    c = w_container.__class__
    if c is dict or c is set or c is frozenset:
        try:
            return w_item in w_container
        except TypeError as e:
            raise wrap_host_exception(e)
    if c is _hoststr and w_item.__class__ is _hoststr:
        return w_item in w_container
    t = typeof(w_container)
    w_c = t.lookup("__contains__")
    if w_c is not NULL and w_c is not None:
        return truth(call_special(w_c, w_container, w_item))
    if w_c is None or not_iterable(w_container):
        raise oefmt(E.w_TypeError, "argument of type '%s' is not iterable" % t.name)
    try:
        w_it = iter(w_container)
    except VMError as e:
        # (_PySequence_IterSearch: any TypeError of getting the iterator)
        if isinstance_w(e.w_exc, E.w_TypeError):
            raise oefmt(E.w_TypeError, "argument of type '%s' is not iterable" % t.name)
        raise
    while True:
        w_v = next_or_null(w_it)
        if w_v is NULL:
            return False
        if w_v is w_item or truth(eq(w_v, w_item)):
            return True


# ---------------------------------------------------------------- subscription

# CPython's words where the host, given a VM object whose type has no
# __index__, says VMHooks.__index__'s "cannot be interpreted as an integer"
# (model.NotAnIndex): for a subscript of a builtin sequence, by its host class
_SUBSCRIPT_WORDS = {
    list: "list indices must be integers or slices, not %s",
    tuple: "tuple indices must be integers or slices, not %s",
    range: "range indices must be integers or slices, not %s",
    bytes: "byte indices must be integers or slices, not %s",
    bytearray: "bytearray indices must be integers or slices, not %s",
    _hoststr: "string indices must be integers, not '%s'",    # (str: space.str here)
}
SLICE_INDEX_WORDS = "slice indices must be integers or None or have an __index__ method"


def subscript_error(w, w_key, e):
    """The VMError for host exception e of `w[w_key]` (or its assignment or
    deletion) on a builtin sequence: CPython's words where the key, or a
    slice's bound, is a VM object without __index__ (model.NotAnIndex)."""
    if e.__class__ is model.NotAnIndex:
        if w_key.__class__ is slice:
            return oefmt(E.w_TypeError, SLICE_INDEX_WORDS)
        for h in w.__class__.__mro__:
            words = _SUBSCRIPT_WORDS.get(h)
            if words is not None:
                return oefmt(E.w_TypeError, words % typeof(w_key).name)
            if h is memoryview:
                return oefmt(E.w_TypeError, "memoryview: invalid slice key")
    if isinstance(e, VMError):
        return e
    from refvm.objects.functions import vm_named
    return wrap_host_exception(vm_named(e, (w, w_key), None))


def getitem(w, w_key):
    c = w.__class__
    if c is list or c is tuple or c is dict or c is _hoststr:
        try:
            return w[w_key]
        except VMError:
            raise
        except Exception as e:
            raise subscript_error(w, w_key, e)
    t = typeof(w)
    w_gi = t.lookup("__getitem__")
    if w_gi is NULL:
        if c is model.W_Type:
            if w is builtin_types.w_type:
                # (CPython's PyObject_GetItem: `type[X]` is an alias itself)
                from refvm.objects.genericalias import W_GenericAlias
                return W_GenericAlias(w, w_key)
            w_cg = builtin_types.type_getattr(w, "__class_getitem__")
            if w_cg is not NULL:
                return call(w_cg, [w_key])
            raise oefmt(E.w_TypeError, "type '%s' is not subscriptable" % w.name)
        raise oefmt(E.w_TypeError, "'%s' object is not subscriptable" % t.name)
    return call_special(w_gi, w, w_key)


def setitem(w, w_key, w_value):
    c = w.__class__
    if c is list or c is dict:
        try:
            w[w_key] = w_value
            return
        except VMError:
            raise
        except Exception as e:
            raise subscript_error(w, w_key, e)
    w_si = typeof(w).lookup("__setitem__")
    if w_si is NULL:
        raise oefmt(E.w_TypeError, "'%s' object does not support item assignment"
                    % type_name(w))
    call_special(w_si, w, w_key, w_value)


def delitem(w, w_key):
    w_di = typeof(w).lookup("__delitem__")
    if w_di is NULL:
        # CPython 3.11 words it two ways: PySequence_DelItem's "doesn't" for a
        # type with sequence slots (every class statement's, str, tuple,
        # range, sets ...), PyObject_DelItem's "does not" for the others
        t = typeof(w)
        h = t.host_class
        seq = not t.is_builtin or (h is not None and (hasattr(h, "__len__") or
                                                     hasattr(h, "__contains__")))
        raise oefmt(E.w_TypeError, "'%s' object %s support item deletion"
                    % (type_name(w), "doesn't" if seq else "does not"))
    call_special(w_di, w, w_key)


# ---------------------------------------------------------------- operators
#
# One method table drives every binary operator: symbol, method, reflected
# method, in-place method and the host operation used for primitive operands.

BINARY_OPS = [
    ("+", "__add__", "__radd__", "__iadd__", _op.add),
    ("-", "__sub__", "__rsub__", "__isub__", _op.sub),
    ("*", "__mul__", "__rmul__", "__imul__", _op.mul),
    ("/", "__truediv__", "__rtruediv__", "__itruediv__", _op.truediv),
    ("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__", _op.floordiv),
    ("%", "__mod__", "__rmod__", "__imod__", _op.mod),
    ("**", "__pow__", "__rpow__", "__ipow__", _op.pow),
    ("<<", "__lshift__", "__rlshift__", "__ilshift__", _op.lshift),
    (">>", "__rshift__", "__rrshift__", "__irshift__", _op.rshift),
    ("&", "__and__", "__rand__", "__iand__", _op.and_),
    ("|", "__or__", "__ror__", "__ior__", _op.or_),
    ("^", "__xor__", "__rxor__", "__ixor__", _op.xor),
    ("@", "__matmul__", "__rmatmul__", "__imatmul__", _op.matmul),
    ("divmod()", "__divmod__", "__rdivmod__", None, divmod),
]
DIVMOD = _hostlen(BINARY_OPS) - 1
HOST_INPLACE = [_op.iadd, _op.isub, _op.imul, _op.itruediv, _op.ifloordiv, _op.imod, _op.ipow,
                _op.ilshift, _op.irshift, _op.iand, _op.ior, _op.ixor, _op.imatmul]
BINOP_INDEX = dict((row[0], i) for i, row in enumerate(BINARY_OPS))

COMPARE_OPS = [
    # symbol, method, reflected method, host op
    ("<", "__lt__", "__gt__", _op.lt),
    ("<=", "__le__", "__ge__", _op.le),
    ("==", "__eq__", "__eq__", _op.eq),
    ("!=", "__ne__", "__ne__", _op.ne),
    (">", "__gt__", "__lt__", _op.gt),
    (">=", "__ge__", "__le__", _op.ge),
]

UNARY_OPS = [
    ("-", "__neg__", _op.neg),
    ("+", "__pos__", _op.pos),
    ("~", "__invert__", _op.invert),
]


def binop(idx, w_a, w_b, symbol=None):
    """`a <op> b` as the language reference's "Emulating numeric types" says."""
    sym, name, rname, _, hostop = BINARY_OPS[idx]
    ca = w_a.__class__
    cb = w_b.__class__
    if ca in PRIMITIVE and cb in PRIMITIVE:
        try:
            return hostop(w_a, w_b)
        except VMError:
            raise
        except TypeError:
            pass        # mismatched types: the method table below words the error
        except Exception as e:
            raise wrap_host_exception(e)
    ta = typeof(w_a)
    tb = typeof(w_b)
    w_r = _dispatch(name, rname, w_a, w_b, ta, tb, False)
    if w_r is not NotImplemented:
        return w_r
    raise oefmt(E.w_TypeError, _binop_error(sym, symbol, ta, tb))


def _dispatch(name, rname, w_a, w_b, ta, tb, numbers_only):
    """The binary operator's method calls: b's reflected method first when b's
    type is a proper subtype of a's that overrides it, then a's method, then
    b's; the first result that is not NotImplemented, or NotImplemented.  With
    numbers_only, a builtin sequence's + and * (sequence slots) are left out."""
    w_fa = ta.lookup(name)
    if numbers_only and _sequence_slot(w_fa):
        w_fa = NULL
    w_fb = NULL
    if tb is not ta:
        w_fb = tb.lookup(rname)
        if numbers_only and _sequence_slot(w_fb):
            w_fb = NULL
        if w_fb is not NULL and issubtype(tb, ta) and w_fb is not ta.lookup(rname):
            w_r = call_special(w_fb, w_b, w_a)
            if w_r is not NotImplemented:
                return w_r
            w_fb = NULL
    if w_fa is not NULL:
        w_r = call_special(w_fa, w_a, w_b)
        if w_r is not NotImplemented:
            return w_r
    if w_fb is not NULL:
        w_r = call_special(w_fb, w_b, w_a)
        if w_r is not NotImplemented:
            return w_r
    return NotImplemented


SEQUENCE_NAMES = ("str", "list", "tuple", "bytes", "bytearray")


def _binop_error(sym, symbol, ta, tb):
    # CPython's sequence concat/repeat slots run last and word the error themselves
    sa, sb = ta.solid.name, tb.solid.name
    if sym == "+" and sa in SEQUENCE_NAMES:
        if sa in ("bytes", "bytearray"):
            return "can't concat %s to %s" % (tb.name, ta.name)
        return 'can only concatenate %s (not "%s") to %s' % (sa, tb.name, sa)
    if sym == "*" and (sa in SEQUENCE_NAMES or sb in SEQUENCE_NAMES):
        other = tb if sa in SEQUENCE_NAMES else ta
        return "can't multiply sequence by non-int of type '%s'" % other.name
    if symbol is None and sym == "**":
        symbol = "** or pow()"
    return "unsupported operand type(s) for %s: '%s' and '%s'" % (symbol or sym, ta.name, tb.name)


def inplace_binop(idx, w_a, w_b):
    """`a <op>= b`: the in-place method, falling back to the binary operator."""
    sym, name, rname, iname, hostop = BINARY_OPS[idx]
    ca = w_a.__class__
    if ca in PRIMITIVE and w_b.__class__ in PRIMITIVE:
        try:
            return HOST_INPLACE[idx](w_a, w_b)
        except VMError:
            raise
        except TypeError:
            pass        # mismatched types: the method table below words the error
        except Exception as e:
            raise wrap_host_exception(e)
    ta = typeof(w_a)
    w_fi = ta.lookup(iname)
    seq = _sequence_slot(w_fi)
    if w_fi is not NULL and not seq:
        w_r = call_special(w_fi, w_a, w_b)
        if w_r is not NotImplemented:
            return w_r
    if sym != "+" and sym != "*":
        return binop(idx, w_a, w_b, sym + "=")
    return _inplace_sequence_op(idx, sym, w_a, w_b, ta, w_fi if seq else NULL)


# builtin types whose + and * are sequence slots (CPython's sq_concat,
# sq_repeat, and for list and bytearray sq_inplace_concat/repeat: their
# __add__, __mul__, __iadd__, __imul__ are wrappers of those)
_SEQUENCE_SLOT_TYPES = frozenset(SEQUENCE_NAMES)
# builtin types with sequence methods of any kind (CPython's tp_as_sequence);
# every class a class statement makes has them too
_HAS_SEQUENCE_METHODS = frozenset(["str", "bytes", "bytearray", "list", "tuple", "range", "dict",
                                   "set", "frozenset", "memoryview", "dict_keys", "dict_values",
                                   "dict_items", "mappingproxy", "deque", "array"])


def _sequence_slot(w_f):
    """Is method w_f (or NULL) a builtin sequence's concat or repeat slot?"""
    if w_f.__class__ is not builtin_types.W_MethodDescr:
        return False
    t = w_f.w_objtype
    return t is not None and t.is_builtin and t.name in _SEQUENCE_SLOT_TYPES


def _number_slots(idx, w_a, w_b):
    """binop's dispatch over the operands' number methods only (a builtin
    sequence's + and * are not among them): the result, or NotImplemented."""
    _, name, rname, _, _ = BINARY_OPS[idx]
    return _dispatch(name, rname, w_a, w_b, typeof(w_a), typeof(w_b), True)


def _inplace_sequence_op(idx, sym, w_a, w_b, ta, w_seq_inplace):
    """`a += b` and `a *= b` as CPython 3.11's PyNumber_InPlaceAdd/Multiply:
    the number methods of both operands first, then a's sequence slot (in
    place, else the plain one); for *=, b's repeat only when a's type has no
    sequence methods at all (so `MyInt(5) *= 'x'` is an error where
    `MyInt(5) * 'x'` repeats)."""
    w_r = _number_slots(idx, w_a, w_b)
    if w_r is not NotImplemented:
        return w_r
    w_seq = w_seq_inplace
    if w_seq is NULL:
        w_seq = ta.lookup("__add__" if sym == "+" else "__mul__")
        if not _sequence_slot(w_seq):
            w_seq = NULL
    if sym == "+":
        if w_seq is not NULL:
            return call(w_seq, [w_a, w_b])      # (by name: its own errors)
    elif w_seq is not NULL:
        return _repeat(w_seq, w_a, w_b)
    elif ta.is_builtin and ta.name not in _HAS_SEQUENCE_METHODS:
        w_rep = typeof(w_b).lookup("__mul__")
        if _sequence_slot(w_rep):
            return _repeat(w_rep, w_b, w_a)
    raise oefmt(E.w_TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'"
                % (sym, ta.name, typeof(w_b).name))


def number_check(w):
    """CPython's PyNumber_Check: a number slot of some kind (or a complex)."""
    if isinstance(w, (int, float, complex)):
        return True
    t = typeof(w)
    return t.lookup("__index__") is not NULL or t.lookup("__int__") is not NULL or \
        t.lookup("__float__") is not NULL


def _repeat(w_mul, w_seq, w_n):
    """A sequence's repeat slot: CPython's sequence_repeat checks the count first."""
    if not isinstance(w_n, int) and typeof(w_n).lookup("__index__") is NULL:
        raise oefmt(E.w_TypeError, "can't multiply sequence by non-int of type '%s'"
                    % type_name(w_n))
    return call(w_mul, [w_seq, w_n])


def compare(idx, w_a, w_b):
    """Rich comparison with reflection, as "Basic customization" describes."""
    sym, name, rname, hostop = COMPARE_OPS[idx]
    ca = w_a.__class__
    cb = w_b.__class__
    if ca in PRIMITIVE and cb in PRIMITIVE:
        try:
            return hostop(w_a, w_b)
        except VMError:
            raise
        except Exception as e:
            raise wrap_host_exception(e)
    ta = typeof(w_a)
    tb = typeof(w_b)
    checked_reverse = False
    if ta is not tb and issubtype(tb, ta):
        w_fb = tb.lookup(rname)
        if w_fb is not NULL:
            checked_reverse = True
            w_r = call_special(w_fb, w_b, w_a)
            if w_r is not NotImplemented:
                return w_r
    w_fa = ta.lookup(name)
    if w_fa is not NULL:
        w_r = call_special(w_fa, w_a, w_b)
        if w_r is not NotImplemented:
            return w_r
    if not checked_reverse:
        w_fb = tb.lookup(rname)
        if w_fb is not NULL:
            w_r = call_special(w_fb, w_b, w_a)
            if w_r is not NotImplemented:
                return w_r
    if sym == "==":
        return w_a is w_b
    if sym == "!=":
        return w_a is not w_b
    raise oefmt(E.w_TypeError, "'%s' not supported between instances of '%s' and '%s'"
                % (sym, ta.name, tb.name))


def eq(w_a, w_b):
    return compare(2, w_a, w_b)


def ne(w_a, w_b):
    return compare(3, w_a, w_b)


def lt(w_a, w_b):
    return compare(0, w_a, w_b)


def le(w_a, w_b):
    return compare(1, w_a, w_b)


def gt(w_a, w_b):
    return compare(4, w_a, w_b)


def ge(w_a, w_b):
    return compare(5, w_a, w_b)


def eq_w(w_a, w_b):
    """Identity-then-equality as containers use it; returns a host bool."""
    return w_a is w_b or truth(eq(w_a, w_b))


# ---------------------------------------------------------------- identity
# `is` and id() follow the identity policy (Config.identity, set by the driver):
# "cpython": the identity of the object holding the value, so CPython's small-int
# cache, interning and constant sharing decide when equal values are one object;
# "pypy": ints, floats and complex numbers are identical when their values are
# (bit for bit), and id() is computed from the value -- the rule PyPy documents
# ("Object identity of primitive values", doc.pypy.org cpython_differences) -- and so
# are the short strings, bytes and empty containers PyPy 7.3 treats alike.
VALUE_IDENTITY = [False]


def _value_key(w):
    c = w.__class__
    if c is int:
        return (w << 4) | 1
    if c is float:
        return (_float_bits(w) << 4) | 5
    if c is complex:
        return (((_float_bits(w.real) << 64) | _float_bits(w.imag)) << 4) | 7
    # and, as PyPy 7.3 does (observed), empty and one-character str/bytes, the empty
    # tuple and the empty frozenset
    if c is _hoststr:
        return ((ord(w) + 1 if w else 0) << 4) | 9 if len(w) <= 1 else None
    if c is bytes:
        return ((w[0] + 1 if w else 0) << 4) | 11 if len(w) <= 1 else None
    if (c is tuple or c is frozenset) and not w:
        return 13 if c is tuple else 15
    return None


def _float_bits(x):
    import struct as _struct
    return _struct.unpack("<Q", _struct.pack("<d", x))[0]


def is_(w_a, w_b):
    if w_a is w_b:
        return True
    if not VALUE_IDENTITY[0] or w_a.__class__ is not w_b.__class__:
        return False
    k = _value_key(w_a)
    return k is not None and k == _value_key(w_b)


def id_(w):
    if VALUE_IDENTITY[0]:
        k = _value_key(w)
        if k is not None:
            return k
    return _hostid(w)


_hostid = __builtins__["id"] if isinstance(__builtins__, dict) else __builtins__.id


def unaryop(idx, w):
    sym, name, hostop = UNARY_OPS[idx]
    c = w.__class__
    if c in NUMERIC or c is complex:
        try:
            return hostop(w)
        except Exception as e:
            raise wrap_host_exception(e)
    w_f = typeof(w).lookup(name)
    if w_f is NULL:
        raise oefmt(E.w_TypeError, "bad operand type for unary %s: '%s'" % (sym, type_name(w)))
    return call_special(w_f, w)


# ---------------------------------------------------------------- types

def isinstance_w(w, w_type):
    t = typeof(w)
    if t is w_type:
        return True
    for m in t.mro:
        if m is w_type:
            return True
    return False


def exception_match(w_exc, w_spec):
    """`except SPEC:` matching; SPEC is a class or a tuple of classes."""
    if w_spec.__class__ is tuple:
        for w_s in w_spec:
            if exception_match(w_exc, w_s):
                return True
        return False
    if w_spec.__class__ is not model.W_Type or not issubtype(w_spec, E.w_BaseException):
        raise oefmt(E.w_TypeError,
                    "catching classes that do not inherit from BaseException is not allowed")
    return isinstance_w(w_exc, w_spec)
