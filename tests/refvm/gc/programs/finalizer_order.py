# When __del__ runs: at once on CPython (refcount), at a collection on PyPy;
# a chain a -> b: a's finalizer first, b's later (PyPy: at the next collection).
import gc


class Noisy:
    def __init__(self, name, other=None):
        self.name = name
        self.other = other

    def __del__(self):
        print("del", self.name)


def scope():
    n = Noisy("local")
    print("leaving scope")


scope()
print("after scope")
x = Noisy("rebound")
x = Noisy("second")
print("after rebind")
a = Noisy("a", Noisy("b", Noisy("c")))
del a
print("after del a")
gc.collect()
print("collect 1")
gc.collect()
print("collect 2")
gc.collect()
print("collect 3")
print("end")
