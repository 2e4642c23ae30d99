# An outer trace hands an inner loop's trace the values on the frame's stack
# (the outer loop's iterator, the inner loop's generator) and must let go of
# its own references to them before the inner loop runs, as it does with the
# locals: the inner loop, or the code its exit runs up to the outer loop's
# header, may drop them.  Until 2026-12-04 the trace let go of them after the
# inner loop returned: a generator the inner loop left by `break` was closed
# (its locals finalized) after the `print` that followed the loop.  Found by
# the finalizer campaign against CPython (`nox -s finalizer-timing`) and
# reduced from its program, which is why its shape is as it is: the body of
# `consumer` compiled once it is called often, its first inner loop running up
# to the outer loop's header.


def fmt(v):
    [0 for x in v]


def f22():
    return "%s%d" % ("yh" * 3, 0)


def f19():
    return f22().strip()


def numbers(n):
    for i in range(n):
        yield 0


def delegating(n):
    yield from numbers(n)
    yield 0


class Fin:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def values(n, tag):
    y = Fin(tag)
    for i in range(n):
        yield i


def consumer(n, r):
    for k in range(2):
        for v in values(n, "%d.%d" % (r, k)):
            u = v
            if u == 12:
                break
        print("after loop", r, k)


def middle(r):
    consumer(13, r)


def caller(r):
    fmt(delegating(6))
    {0: 0 for a, b in {"": 0, 0: 0}.items()}
    middle(r)


r = 0
for ch in "gxxa" + f19():
    caller(r)
    r += 1
