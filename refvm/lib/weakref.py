"""weakref, run by refvm: ref comes from the host-implemented _weakref module
(refvm/gc/weakrefs.py); proxy, the weak containers and finalize are written
here on top of ref and its callbacks, so they follow the GC mode's timing."""
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType, _dead_proxy

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ProxyType:
    """A proxy through a weak reference; ReferenceError once the object died."""
    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is not None:
            me = ref(self)

            def cb(_r, callback=callback, me=me):
                p = me()
                if p is not None:
                    callback(p)
            object.__setattr__(self, "_ref", ref(obj, cb))
        else:
            object.__setattr__(self, "_ref", ref(obj))

    def _target(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            raise ReferenceError(_dead_proxy)
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __contains__(self, item):
        return item in ProxyType._target(self)

    __hash__ = None

    def __delitem__(self, key):
        del ProxyType._target(self)[key]

    def __neg__(self):
        return -ProxyType._target(self)

    def __pos__(self):
        return +ProxyType._target(self)

    def __abs__(self):
        return abs(ProxyType._target(self))

    def __invert__(self):
        return ~ProxyType._target(self)

    def __int__(self):
        return int(ProxyType._target(self))

    def __float__(self):
        return float(ProxyType._target(self))

    def __index__(self):
        return ProxyType._target(self).__index__()

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other


def _forward_binary(name, op):
    def forward(self, other):
        return op(ProxyType._target(self), other)

    def reflected(self, other):
        return op(other, ProxyType._target(self))
    forward.__name__ = "__%s__" % name
    reflected.__name__ = "__r%s__" % name
    setattr(ProxyType, "__%s__" % name, forward)
    setattr(ProxyType, "__r%s__" % name, reflected)


def _forward_inplace(name, op):
    def forward(self, other):
        return op(ProxyType._target(self), other)
    forward.__name__ = "__i%s__" % name
    setattr(ProxyType, "__i%s__" % name, forward)


def _iadd(a, b):
    a += b
    return a


def _isub(a, b):
    a -= b
    return a


def _imul(a, b):
    a *= b
    return a


def _itruediv(a, b):
    a /= b
    return a


def _ifloordiv(a, b):
    a //= b
    return a


def _imod(a, b):
    a %= b
    return a


def _ipow(a, b):
    a **= b
    return a


def _ilshift(a, b):
    a <<= b
    return a


def _irshift(a, b):
    a >>= b
    return a


def _iand(a, b):
    a &= b
    return a


def _ior(a, b):
    a |= b
    return a


def _ixor(a, b):
    a ^= b
    return a


def _imatmul(a, b):
    a @= b
    return a


def _install_operators():
    import operator
    g = globals()
    for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift",
                 "rshift", "and", "or", "xor", "matmul"):
        key = name + "_" if name in ("and", "or") else name
        _forward_binary(name, getattr(operator, key))
        _forward_inplace(name, g["_i" + name])


_install_operators()
ProxyType.__name__ = "weakproxy"
CallableProxyType = ProxyType


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: weak to both the object and the function."""
    __slots__ = ("_self_ref", "_func_ref", "_meth_type", "__callback__", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) \
                from None
        me = ref(self)

        def _cb(arg, me=me):
            wm = me()
            if wm is not None and wm.__callback__ is not None:
                cb = wm.__callback__
                wm.__callback__ = None
                cb(wm)
        self._self_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self.__callback__ = callback

    def __call__(self):
        obj = self._self_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self._self_ref() is None or other._self_ref() is None:
                return self is other
            return self._self_ref == other._self_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    def __hash__(self):
        return hash((self._self_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), **kw):
        self.data = {}
        me = ref(self)

        def remove(wr, me=me):
            d = me()
            if d is not None and d.data.get(wr.key) is wr:
                del d.data[wr.key]
        self._remove = remove
        self.update(other, **kw)

    def _ref(self, key, value):
        wr = _KeyedRef(value, self._remove, key)
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def keys(self):
        return list(iter(self))

    def values(self):
        out = []
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                out.append(o)
        return out

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        o = wr() if wr is not None else None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kw):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class _KeyedRef:
    """A weak reference that remembers the key of its WeakValueDictionary entry."""
    __slots__ = ("_r", "key", "__weakref__")

    def __init__(self, obj, remove, key):
        me = ref(self)

        def cb(_r, me=me, remove=remove):
            k = me()
            if k is not None:
                remove(k)
        self._r = ref(obj, cb)
        self.key = key

    def __call__(self):
        return self._r()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, other=None):
        self.data = {}
        me = ref(self)

        def remove(wr, me=me):
            d = me()
            if d is not None:
                d.data.pop(wr, None)
        self._remove = remove
        if other is not None:
            self.update(other)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len([wr for wr in self.data if wr() is not None])

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, other=(), **kw):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        return WeakKeyDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        me = ref(self)

        def remove(wr, me=me):
            s = me()
            if s is not None:
                s.data.discard(wr)
        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len([wr for wr in self.data if wr() is not None])

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<WeakSet at %#x>" % id(self)

    def pop(self):
        while self.data:
            o = self.data.pop()()
            if o is not None:
                return o
        raise KeyError("pop from empty WeakSet")

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when
    obj dies, when the finalize object is called, or at exit (if .atexit)."""
    _registry = {}
    _index = [0]
    _registered_with_atexit = [False]
    _shutdown = [False]

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._registered_with_atexit[0]:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit[0] = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index[0] += 1
        info.index = finalize._index[0]
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown[0]:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (id(self), type(obj).__name__,
                                                            id(obj))

    @staticmethod
    def _exitfunc():
        # at exit, the pending finalizers marked atexit run, newest first
        try:
            if finalize._registry:
                pending = [(info.index, f) for f, info in finalize._registry.items()
                           if info.atexit]
                pending.sort(reverse=True)
                for _, f in pending:
                    f()
        finally:
            finalize._shutdown[0] = True


class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")
