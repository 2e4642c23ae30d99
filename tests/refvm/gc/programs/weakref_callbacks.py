# Weak references: cleared when the object dies (CPython: at once, after
# __del__; PyPy: at a collection, before __del__, callback one collection later).
import gc
import weakref


class Plain:
    pass


class WithDel:
    def __del__(self):
        print("del WithDel; ref alive:", r2() is not None)


def report(name):
    def cb(ref):
        print("callback", name, ref() is None)
    return cb


p = Plain()
r1 = weakref.ref(p, report("plain"))
r1b = weakref.ref(p, report("plain-second"))
print("count", weakref.getweakrefcount(p))
del p
print("r1 dead:", r1() is None)
gc.collect()
print("after collect, r1 dead:", r1() is None)
w = WithDel()
r2 = weakref.ref(w, report("withdel"))
del w
gc.collect()
print("collect 1")
gc.collect()
print("collect 2")
q = Plain()
lost = weakref.ref(q, report("lost-ref"))
del lost
del q
gc.collect()
print("end")
