# ---
# features: [mro, classes]
# dialect: py2+3
# description: bases that cannot be linearized raise TypeError
# ---
class X(object): pass
class Y(object): pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError:
    print("TypeError")
