# Globals rebound, classes changed, instances changed while loops run.
def step(x):
    return x + 1


def other(x):
    return x - 1


def run(n):
    global step
    t = 0
    for i in range(n):
        t = step(t)
        if i == 40:
            step = other
    return t


print(run(100))


class P(object):
    def __init__(self, v):
        self.v = v


def read(ps):
    s = 0
    for i, p in enumerate(ps):
        s += p.v
        if i == 30:
            P.v = property(lambda self: 1000)
        if i == 60:
            del P.v
    return s


print(read([P(i) for i in range(100)]))


class Q(object):
    pass


qs = [P(i) for i in range(50)]
for i, p in enumerate(qs):
    if i == 20:
        p.__class__ = Q
        p.v = -1
print(sum(p.v for p in qs))
d = {"k": 1}
for i in range(60):
    d["k"] = d["k"] * 2 % 1000
    if i == 30:
        del d["k"]
        d["k"] = 5
print(d)
