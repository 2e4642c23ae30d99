# description: finalizers that break other cycles, resurrect neighbours and drop weakrefs while a collection runs; must end cleanly with every finalizer run at most once
# dialect: py2+3
# acceptable: ok \d+
import gc
import weakref

graveyard = []
seen = {}


class Thing(object):
    def __init__(self, i):
        self.i = i
        self.peer = None
        self.ref = None

    def __del__(self):
        seen[self.i] = seen.get(self.i, 0) + 1
        if self.i % 3 == 0 and self.peer is not None:
            graveyard.append(self.peer)          # resurrect a neighbour
        self.peer = None
        self.ref = None


things = [Thing(i) for i in range(3000)]
for i, t in enumerate(things):
    t.peer = things[(i + 1) % len(things)]
    t.ref = weakref.ref(things[(i + 7) % len(things)])
del things, t
for _ in range(3):
    gc.collect()
del graveyard[:]
for _ in range(3):
    gc.collect()
twice = [i for i, n in seen.items() if n > 1]
print("twice %s" % twice[:5] if twice else "ok %d" % len(seen))
