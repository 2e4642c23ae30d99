# Instances of classes without __del__ made in traced loops while collections
# come due: the trace makes them itself (counting them as the collector does)
# and leaves before the call when an allocation may start a collection, whose
# finalizers here change a global the loop reads, the allocated class, and
# finally give that class a __del__.  The guards on those were hoisted out of the
# loop because allocating runs no VM code in the trace: what runs VM code must
# have happened in the interpreter.
import gc

SCALE = 1
log = []


class P(object):
    def __init__(self, i):
        self.v = i * SCALE


class Cycle(object):
    def __init__(self, n, action):
        self.n = n
        self.me = self
        self.action = action

    def __del__(self):
        log.append(("finalized", self.n))
        self.action(self.n)


def rescale(n):
    global SCALE
    SCALE = SCALE + 1


def retag(n):
    P.tag = n                   # P's version changes


def give_del(n):
    def __del__(self):
        log.append(("P died", self.v))
    P.__del__ = __del__


def run(n, every, action):
    total = 0
    kept = []
    for i in range(n):
        p = P(i)
        total += p.v
        if i % every == every - 1:
            Cycle(i, action)            # garbage in a cycle, for the next collection
        kept.append(p)              # (net allocations: collections come due)
    return total, len(kept), getattr(P, "tag", None)


if hasattr(gc, "set_threshold"):    # (not in --gc tracing, as on PyPy)
    gc.set_threshold(50)
print(run(3000, 400, rescale))
print(SCALE, len(log))
print(run(3000, 700, retag))
print(len(log))
gc.disable()                    # the count grows past the threshold: no collection
print(run(2000, 300, rescale))
print(SCALE, len(log))
gc.enable()
gc.collect()
print(SCALE, len(log))
print(run(1500, 500, give_del))
gc.collect()
print(len(log), sorted(set(kind for kind, _ in log)), [n for kind, n in log if kind == "P died"][:3])
q = P(5)
del q
print(log[-1])
