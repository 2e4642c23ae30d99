# ---
# features: [mro, classes]
# dialect: py2+3
# description: a diamond hierarchy linearizes with C3
# ---
class A(object): pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
