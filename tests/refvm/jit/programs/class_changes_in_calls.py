# An object's class changes inside a call the trace does not inline (a function
# with a loop of its own runs as a residual call): what the trace checked about
# the object before the call must be checked again after it.  Its VM class
# (`o.__class__ = B`), and its host class: a class that gains __del__ switches
# its live instances to the collector's finalizable layout.  Until 2026-12-05 the
# optimizer kept the type it had checked across the call: the second read below
# took the instance's dict entry instead of B's property.


class A(object):
    pass


class B(object):
    @property
    def x(self):
        return -1000


def busy(o, i, when):
    n = 0
    for k in range(60):         # (a loop: the call stays a call in the trace)
        n += k
    if i == when:
        o.__class__ = B
    return n


def reads(objs, when):
    t = 0
    i = 0
    for o in objs:
        t += o.x
        busy(o, i, when)
        t += o.x                # B's property once o is a B
        i += 1
    return t


def fresh(n):
    out = []
    for i in range(n):
        a = A()
        a.x = i
        out.append(a)
    return out


print(reads(fresh(3000), 2500))
print(reads(fresh(3000), -1))
print(reads(fresh(50), 10))


class C(object):
    def __init__(self, i):
        self.v = i


class Loud(C):
    def __del__(self):
        print("del", self.v)


def late(o, i):
    n = 0
    for k in range(60):
        n += k
    if i == 1500:
        o.__class__ = Loud      # now finalizable: its death prints
    return n


def keep_one(n):
    total = 0
    for i in range(n):
        o = C(i)
        late(o, i)
        total += o.v            # the same object, whatever its class now
        o = None
    return total


print(keep_one(2000))


class Gains(object):
    def __init__(self, i):
        self.v = i


def add_del(o, i):
    n = 0
    for k in range(60):
        n += k
    if i == 1200:
        Gains.__del__ = lambda self: print("gone", self.v)
    return n


def many(n):
    held = []
    for i in range(n):
        g = Gains(i)
        add_del(g, i)
        held.append(g.v)
        if len(held) > 3:
            held.pop(0)
    return held


print(many(1300))


class Num(int):
    pass


class Other(int):
    @property
    def real(self):
        return -1


def swap(o, i):
    n = 0
    for k in range(60):
        n += k
    if i == 900:
        o.__class__ = Other
    return n


def nums(n):
    t = 0
    for i in range(n):
        o = Num(i)
        t += o.real
        swap(o, i)
        t += o.real
    return t


try:
    print(nums(1000))
except TypeError as e:
    print("TypeError", e)
