# A frame's locals die first to last when it returns (CPython's order; refvm's
# run loop freed them last to first until 2026-12-04), in inlined calls,
# __init__ frames, generators run by a loop, and a module-level loop whose
# constructor calls go through generic ops: a trace's host variable `r` kept
# the __init__ frame, and so the instance, alive past its kill.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if self.n[-1] in "07":
            print("  del", self.n)


def two_locals(i):
    a = D("a%d" % i)
    b = D("b%d" % i)
    return i


def args_then_local(p, q):
    r = D("r" + p.n)
    return 1


def gen(i):
    x = D("x%d" % i)
    y = D("y%d" % i)
    yield i
    yield i


class C:
    def __init__(self, i):
        self.u = D("u%d" % i)
        v = D("v%d" % i)
        w = D("w%d" % i)


def run(n):
    s = 0
    for i in range(n):
        s += two_locals(i)
        s += args_then_local(D("p%d" % i), D("q%d" % i))
        for k in gen(i):
            s += k
        c = C(i)
        c = None
    return s


print(run(40))
s = 0
for i in range(20):
    s += args_then_local(D("m%d" % i), D("n%d" % i))
print(s)


# A class call's arguments live until the constructor returns (CPython 3.11's
# CALL keeps them on the caller's stack), after __init__'s locals; an inlined
# __init__ let go of them with its locals until 2026-12-04 (the interpreter
# too).  An __init__ that raises: they go before the handler runs.
class Keeps:
    def __init__(self, p, q):
        self.keep = q
        a = D("a" + p.n)


class Raises:
    def __init__(self, p):
        b = D("b" + p.n)
        if p.n[-1] == "7":
            raise ValueError(p.n)


def construct(n):
    t = 0
    for i in range(n):
        c = Keeps(D("k%d" % i), D("l%d" % i))
        t += len(c.keep.n)
        c = None
    return t


def construct_raising(n):
    for i in range(n):
        try:
            Raises(D("e%d" % i))
        except ValueError:
            print("  caught", i)


print(construct(30))
construct_raising(30)
