# ---
# features: [mro, classes]
# dialect: py3
# description: __subclasses__ lists direct subclasses in definition order
# ---
class A: pass
class B(A): pass
class C(A): pass
class D(B): pass
print([k.__name__ for k in A.__subclasses__()])
