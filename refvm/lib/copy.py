"""copy, written in Python and run by refvm (no __reduce__ protocol yet)."""


class Error(Exception):
    pass


_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           frozenset)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = cls.__new__(cls)
    if hasattr(x, "__dict__"):
        y.__dict__.update(x.__dict__)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None:
        y = copier(x, memo)
    elif cls is list:
        y = []
        memo[d] = y
        y.extend(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    else:
        y = cls.__new__(cls)
        memo[d] = y
        if hasattr(x, "__dict__"):
            for k, v in x.__dict__.items():
                y.__dict__[k] = deepcopy(v, memo)
    memo[d] = y
    return y
