# ---
# features: [mro, classes]
# dialect: py2+3
# description: an impossible linearization ends the program with TypeError
# negative: {type: TypeError}
# ---
class X(object): pass
class Y(object): pass
class A(X, Y): pass
class B(Y, X): pass
class C(A, B): pass
