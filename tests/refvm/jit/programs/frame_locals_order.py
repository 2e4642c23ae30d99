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
