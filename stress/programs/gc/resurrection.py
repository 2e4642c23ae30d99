# description: __del__ resurrects its object by storing it in a global; dropped again and collected, the finalizer must not run a second time (PEP 442; PyPy's finalizers too run once)
# dialect: py2+3
# acceptable: ran 1 alive True
# interesting: ran [01] alive False
import gc

saved = []
runs = []


class Phoenix(object):
    def __del__(self):
        runs.append(1)
        saved.append(self)


p = Phoenix()
p.payload = list(range(100))
del p
for _ in range(3):
    gc.collect()
alive = bool(saved) and saved[0].payload == list(range(100))
del saved[:]
for _ in range(3):
    gc.collect()
print("ran %d alive %s" % (len(runs), alive))
