"""operator, written in Python and run by refvm (so user types dispatch normally)."""
_builtin_abs = abs


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow(a, b): return a ** b
def matmul(a, b): return a @ b
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def neg(a): return -a
def pos(a): return +a
def invert(a): return ~a
inv = invert
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def gt(a, b): return a > b
def ge(a, b): return a >= b
def abs(a): return _builtin_abs(a)
def index(a):
    # PyNumber_Index: an int as it is; else __index__, which must give an int
    # (a strict subclass's value is deprecated and made an int)
    if isinstance(a, int):
        return a
    m = getattr(type(a), "__index__", None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    r = m(a)
    if type(r) is int:
        return r
    if not isinstance(r, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(r).__name__)
    import warnings
    warnings.warn("__index__ returned non-int (type %s).  The ability to return an instance "
                  "of a strict subclass of int is deprecated, and may be removed in a future "
                  "version of Python." % type(r).__name__, DeprecationWarning, stacklevel=2)
    return int(r)
def contains(a, b): return b in a
def concat(a, b): return a + b
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default          # (PyObject_LengthHint: a TypeError means no hint)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError("__length_hint__ must be an integer, not %s" % type(val).__name__)
    if not -(1 << 63) <= val < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return int(val)


def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a


class itemgetter:
    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)


class attrgetter:
    def __init__(self, attr, *attrs):
        self._attrs = (attr,) + attrs

    def _get(self, obj, name):
        for part in name.split("."):
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, a) for a in self._attrs)


class methodcaller:
    def __init__(self, name, *args, **kwargs):
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
