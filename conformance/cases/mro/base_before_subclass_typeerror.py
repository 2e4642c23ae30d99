# ---
# features: [mro, classes]
# dialect: py2+3
# description: a base listed before its own subclass raises TypeError
# ---
class A(object): pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError:
    print("TypeError")
print([k.__name__ for k in type("D", (B, A), {}).__mro__])
