# Every attribute dir() lists on 60 builtin values and callables, read and its
# type and repr taken: nothing the host made may reach the program without a
# VM type (a view's mapping, a descriptor's __doc__ were host objects until
# 2026-12-05: refvm's internal errors).  Prints only what fails, then a count.
import sys
vals = [0, 1.5, 2j, True, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset({1}),
        range(3), slice(1, 2), None, Ellipsis, NotImplemented, {}.keys(), {}.values(), {}.items(),
        iter([]), iter(()), iter(""), iter(range(2)), reversed([]), memoryview(b"ab"), len, [].append,
        int, type, object(), (x for x in ()), lambda: 0, sys, ValueError("v"), property(),
        staticmethod(len), classmethod(len), super(int, 1), zip(), map(len, []), filter(None, []),
        enumerate([]), int.__add__, str.upper, type.__dict__["__name__"], object.__init__,
        (1).__add__, sys._getframe(), compile("1", "f", "eval"), iter({}), iter({}.items()),
        BaseException.args, int.real, complex.imag]
bad = 0
for v in vals:
    for name in sorted(dir(v)):
        try:
            r = getattr(v, name)
        except Exception as e:
            continue
        try:
            t = type(r).__name__
            s = repr(r)[:40] if not callable(r) else ""
        except Exception as e:
            bad += 1
            print("BAD", type(v).__name__, name, type(e).__name__, e)
print("done", bad)
