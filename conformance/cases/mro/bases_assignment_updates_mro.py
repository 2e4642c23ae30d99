# ---
# features: [mro, classes]
# dialect: py3
# description: assigning __bases__ recomputes the MRO
# ---
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A):
    pass
print(C().f())
C.__bases__ = (B,)
print(C().f())
print([k.__name__ for k in C.__mro__])
