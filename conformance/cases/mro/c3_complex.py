# ---
# features: [mro, classes]
# dialect: py2+3
# description: C3 linearization of a larger hierarchy
# ---
class O(object): pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print(" ".join(k.__name__ for k in A.__mro__))
