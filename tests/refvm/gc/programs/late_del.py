# A __del__ assigned to a class that already exists: CPython calls it (for old
# and new instances, and subclasses); PyPy never does, and warns.
import gc


class A:
    pass


a = A()
A.__del__ = lambda self: print("late del")
del a
gc.collect()
b = A()
del b
gc.collect()


class B(A):
    pass


c = B()
del c
gc.collect()
print("end")
