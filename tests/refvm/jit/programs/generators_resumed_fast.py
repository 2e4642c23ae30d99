# A loop (or a builtin draining a generator expression) takes values from a
# generator whose step runs no VM code: the step's code runs in the loop's
# trace without next_of's protocol (the generator left as it was suspended)
# as long as it ends in the same yield; everything else sets the generator
# running first.  What the consumer can see between values (gi_running,
# gi_suspended, a second consumer, send, close), values kept under the yield
# (nested loops' iterators), exits part-way (an exception, the end, a bridge),
# and the finalizers of what the generator drops.


class D:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        D.log.append(self.name)


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def watched(n):
    g = evens(n)
    states = set()
    t = 0
    for x in g:
        t += x
        states.add((g.gi_running, g.gi_suspended))
    states.add((g.gi_running, g.gi_suspended))
    return t, sorted(states)


print(watched(3000))


def grid(n, m):
    for i in range(n):
        for j in range(m):          # two iterators under the yield
            yield i * m + j


def walk(n, m):
    t = 0
    for x in grid(n, m):
        t = (t * 31 + x) % 1000003
    return t


print([walk(n, m) for n, m in ((0, 5), (1, 1), (7, 300), (300, 7))])


def taken_twice(n):
    g = evens(n)
    a = []
    for x in g:
        if x % 50 == 0:
            a.append(next(g, None))     # a second consumer between values
        if x % 70 == 0:
            a.append(g.send(None))
    return len(a), sum(v for v in a if v is not None)


print(taken_twice(4000))


def closed_part_way(n):
    g = evens(n)
    t = 0
    for x in g:
        t += x
        if x >= n // 2:
            g.close()
    return t, g.gi_suspended


print(closed_part_way(5000))


def dividing(n, bad):
    for i in range(n):
        yield 1000 // (i - bad)


def caught(n, bad):
    t = 0
    g = dividing(n, bad)
    try:
        for x in g:
            t += x
    except ZeroDivisionError as e:
        return t, str(e), g.gi_suspended, next(g, "done")
    return t


print([caught(2000, b) for b in (-1, 5, 1500)])


def changing(n):
    for i in range(n):
        yield i if i < n // 2 else float(i)     # the other path: a bridge


def total(n):
    t = 0
    for x in changing(n):
        t += x
    return t


print(total(3000))


def holding(n):
    for i in range(n):
        d = D("d%d" % i)        # dropped as the next value is made
        yield i


def finalized(n):
    D.log = []
    t = 0
    for x in holding(n):
        t += x
        if x % 500 == 0:
            D.log.append("at %d" % x)
    return t, D.log[:6], D.log[-3:]


print(finalized(2000))


def pipeline(n):
    return sum(x for x in evens(n) if x % 3), list(y * 2 for y in evens(n) if y % 7 == 1)[:5]


print(pipeline(20000))


def nested(n):
    inner = evens(n)
    outer = (x + 1 for x in inner)
    return [v for v in outer if v % 9 == 0][:8], inner.gi_suspended


print(nested(6000))


def items_of(lst):
    for x in lst:
        yield 1


class Peeker:
    gen = None
    seen = []

    def __del__(self):
        # run as the generator drops its last reference: it is running
        g = Peeker.gen
        Peeker.seen.append(g.gi_running)
        try:
            next(g)
        except Exception as e:
            Peeker.seen.append("%s: %s" % (type(e).__name__, e))


def peeked(n):
    Peeker.seen = []
    lst = [Peeker() for _ in range(n)]
    g = items_of(lst)
    Peeker.gen = g
    t = 0
    for v in g:
        lst[t] = None           # the generator's `x` has the last reference now
        t += v
    Peeker.gen = None
    return t, Peeker.seen[:4], len(Peeker.seen)


print(peeked(600))
