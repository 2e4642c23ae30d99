# A generator a loop leaves by `break` is closed where the loop drops it (its
# `finally` runs, its locals die) and an iterator a loop runs to its end dies
# when the loop ends.  Until 2026-12-04 the lowering of FOR_ITER held the
# iterator once more per value it took and never let go of that hold: a
# trace (a function body called in a loop, or a loop's) kept the generator
# until it returned, so `finally` ran after what followed the loop (found by
# the generator's finalizer family, with a consumer inlined into a body).


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class Counted:
    """An iterator of a class with __del__, run to its end by the loop."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i

    def __del__(self):
        print("del Counted", self.n)


def gen(n, tag):
    y = D(tag + ".start")
    try:
        for i in range(n):
            if i % 4 == 3:
                y = D(tag + "." + str(i))
            yield i
    finally:
        print("finally", tag)


def consume(n, stop):
    x = D("consume")
    t = 0
    for k in range(2):
        for v in gen(n, "g%d" % k):
            t += v
            if v == stop:
                break
        print("after loop", k)
    for v in Counted(3):
        t += v
    print("after Counted")
    x = None
    return t


def caller(n):
    # consume() inlined into this function's compiled body
    return consume(n, n // 2)


for r in range(4):
    print(caller(9 + r))
    print("--")

# a loop's own trace leaving a generator by break each time round
total = 0
for r in range(6):
    for v in gen(8, "m%d" % r):
        total += v
        if v == 5:
            break
    print("after", r, total)

# a generator left by break while the loop holds many values
w0, w1, w2, w3, w4, w5, w6, w7 = range(8)
for r in range(3):
    for v in gen(10, "w%d" % r):
        total += v + w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7
        if v == 6:
            break
    print("wide", r, total)
