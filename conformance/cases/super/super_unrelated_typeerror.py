# ---
# features: [super, classes]
# dialect: py2+3
# description: super(C, obj) with obj not an instance of C raises TypeError
# ---
class A(object): pass
class B(object): pass
try:
    super(A, B())
except TypeError:
    print("TypeError")
