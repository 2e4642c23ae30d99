# ---
# features: [generators, yield-from, exceptions]
# dialect: py3
# description: throw() on a generator suspended in `yield from` over an iterator with a throw method calls that method with throw()'s own arguments as given (an instance, a class, a class and a value), through nested generators, without making the exception first (CPython's _gen_throw)
# ---
import warnings

warnings.simplefilter("ignore", DeprecationWarning)     # (the 3-argument form, 3.12+)


class Iterator:
    def __init__(self):
        self.calls = []

    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, *args):
        self.calls.append(tuple(repr(a) if isinstance(a, BaseException) else a for a in args))
        return "handled"


def outer(it):
    yield from it


def nested(it):
    yield from outer(it)


for args in ((ValueError("i"),), (ValueError,), (ValueError, "x"), (ValueError, None)):
    for wrap in (outer, nested):
        it = Iterator()
        g = wrap(it)
        next(g)
        print(wrap.__name__, g.throw(*args), it.calls)
