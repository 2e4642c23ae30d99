# A dead two-object cycle, both with __del__, one weakly referenced with a
# callback: CPython runs the callback, then both finalizers (PEP 442); PyPy one
# finalizer and no callback at that collection.
import gc
import weakref


class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Part("a")
b = Part("b")
a.other = b
b.other = a
watch = weakref.ref(a, lambda r: print("callback; referent gone:", r() is None))
del a, b
print("collecting")
gc.collect()
print("collected once")
gc.collect()
print("collected twice")
