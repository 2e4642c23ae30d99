# ---
# features: [binary-ops, operator-dispatch, special-lookup]
# dialect: py2+3
# description: assigning __add__ on the class after creation takes effect
# ---
class A(object):
    pass
try:
    A() + 1
except TypeError:
    print("before: TypeError")
A.__add__ = lambda self, other: "added later"
print(A() + 1)
