# Loops that make functions, closures and generators and call built-in types:
# MAKE_FUNCTION (defaults, keyword defaults, annotations, closures), cells
# written in the loop (a finalizer tells when the old contents go), generator
# functions called (arguments captured by inner closures), set()/list()/tuple()
# /int() calls, one raising inside the loop, and a built-in name rebound.


class Tracked:
    dropped = []

    def __init__(self, k):
        self.k = k

    def __del__(self):
        if self.k % 400 == 0:
            Tracked.dropped.append(self.k)


def cells(n):
    box = None
    total = 0
    for i in range(n):
        box = Tracked(i)                # a cell variable: the old one goes here
        get = lambda: box.k             # noqa: E731
        total += get()
    return total, Tracked.dropped[:6]


print(cells(2000))


def makers(n):
    out = 0
    for i in range(n):
        def f(a, b=i, *, c=i % 3) -> int:
            return a + b + c
        out += f(1) + f(2, c=5)
    return out, f.__defaults__, f.__kwdefaults__, sorted(f.__annotations__)


print(makers(1500))


def counter(start, step):
    def bump():
        return start + step         # start, step: arguments in cells
    for k in range(3):
        yield bump() + k


def gens(n):
    total = 0
    for i in range(n):
        g = counter(i, 2)
        total += sum(g) + len(set(x % 4 for x in counter(i, 1)))
    return total


print(gens(1200))


def convert(words):
    good = bad = 0
    for w in words:
        try:
            good += int(w) + len(list(w)) + len(tuple(w)) + len(set(w))
        except ValueError as e:
            bad += len(str(e))
    return good, bad


print(convert([str(i) if i % 97 else "x%d" % i for i in range(3000)]))


def rebound(n):
    global set
    total = 0
    for i in range(n):
        if i == n // 2:
            set = frozenset
        total += len(set([i % 5, i % 7]))
    del set
    return total, set is frozenset


print(rebound(2000))


# built-in types whose call reads the caller's frame stay with the handler:
# super() in an inlined __init__, type(name, bases, ns) in a function of other
# globals (its __module__)
class Base:
    def __init__(self, a, b):
        self.s = a + b


class Derived(Base):
    def __init__(self, a, b):
        super().__init__(b, a)
        self.d = a - b


print(sum(Derived(i, 3).s + Derived(2, i).d for i in range(1500)))

other = {"__name__": "elsewhere"}
exec("def make(k):\n    return type('Made%d' % (k % 3), (), {'k': k})\n", other)
make = other["make"]
print(sorted(set((make(i).__module__, make(i).__name__) for i in range(1200))))
