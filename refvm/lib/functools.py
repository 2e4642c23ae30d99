"""functools, written in Python and run by refvm."""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    # (self and func positional-only, as CPython's C partial takes them:
    # `partial(f, self=1)` and `p(self=1)` hand `self` on as a keyword)
    def __init__(self, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ["%s=%r" % (k, v) for k, v in self.keywords.items()]
        return "functools.partial(%s)" % ", ".join(parts)


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)

    def make(expr):
        return expr
    if root == "__lt__":
        derived = {"__gt__": lambda self, other: _not_ni(other.__lt__(self) if False else
                                                         _flip(self, other, "__lt__")),
                   "__le__": lambda self, other: _or_eq(self, other, "__lt__"),
                   "__ge__": lambda self, other: _not_ni(self.__lt__(other), True)}
    elif root == "__le__":
        derived = {"__ge__": lambda self, other: _flip(self, other, "__le__"),
                   "__lt__": lambda self, other: _and_ne(self, other, "__le__"),
                   "__gt__": lambda self, other: _not_ni(self.__le__(other), True)}
    elif root == "__gt__":
        derived = {"__lt__": lambda self, other: _flip(self, other, "__gt__"),
                   "__ge__": lambda self, other: _or_eq(self, other, "__gt__"),
                   "__le__": lambda self, other: _not_ni(self.__gt__(other), True)}
    else:
        derived = {"__le__": lambda self, other: _flip(self, other, "__ge__"),
                   "__gt__": lambda self, other: _and_ne(self, other, "__ge__"),
                   "__lt__": lambda self, other: _not_ni(self.__ge__(other), True)}
    for name, fn in derived.items():
        if name not in roots:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


def _not_ni(result, negate=False):
    if result is NotImplemented:
        return result
    return not result if negate else result


def _flip(self, other, op):
    result = getattr(self, op)(other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _or_eq(self, other, op):
    result = getattr(self, op)(other)
    if result is NotImplemented:
        return result
    return result or self == other


def _and_ne(self, other, op):
    result = getattr(self, op)(other)
    if result is NotImplemented:
        return result
    return result and self != other


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _lru_wrapper(maxsize, 128)

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize)
    return decorating_function


def _lru_wrapper(user_function, maxsize):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = args
        if kwds:
            key = args + (_kwmark,) + tuple(sorted(kwds.items()))
        if key in cache:
            stats[0] += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        stats[1] += 1
        value = user_function(*args, **kwds)
        cache[key] = value
        if maxsize is not None and len(cache) > maxsize:
            del cache[next(iter(cache))]
        return value

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


_kwmark = object()


def cache(user_function):
    return _lru_wrapper(user_function, None)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        val = self.func(instance)
        instance.__dict__[self.attrname] = val
        return val
