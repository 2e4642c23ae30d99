# gc.callbacks (CPython) around a collection; gc.collect()'s result.  PyPy has
# no gc.callbacks and its gc.collect() returns None.
import gc


class C:
    def __del__(self):
        print("del C")


cbs = getattr(gc, "callbacks", None)
print("has callbacks:", cbs is not None)
if cbs is not None:
    cbs.append(lambda phase, info: print(phase, info["generation"], info["collected"]))
a = C()
b = C()
a.b = b
b.a = a
del a, b
print("collect ->", gc.collect())
lst = []
lst.append(lst)
del lst
print("collect ->", gc.collect())
print("collect ->", gc.collect())
if cbs is not None:
    cbs.clear()
print("end")
