# ---
# features: [mro, classes]
# dialect: py2+3
# description: listing a base twice raises TypeError
# ---
class A(object): pass
try:
    class B(A, A): pass
except TypeError:
    print("TypeError")
