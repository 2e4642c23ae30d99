# WeakValueDictionary, WeakKeyDictionary, WeakSet: entries go with their objects.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
objs = [Obj(i) for i in range(4)]
for o in objs:
    values[o.n] = o
    keys[o] = o.n * 10
    members.add(o)
print(len(values), len(keys), len(members))
print(sorted(values.keys()), values[2], keys[objs[1]], objs[3] in members)
del o
del objs[0], objs[0]
print("after dropping two:", sorted(values.keys()))
gc.collect()
print("after collect:", sorted(values.keys()), sorted(keys.values()),
      sorted(x.n for x in members))
objs.clear()
gc.collect()
print("all gone:", len(values), len(keys), len(members))
