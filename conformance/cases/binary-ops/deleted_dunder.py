# ---
# features: [binary-ops, operator-dispatch, special-lookup]
# dialect: py2+3
# description: deleting __add__ from a class makes + fail again
# ---
class A(object):
    def __add__(self, other):
        return "add"
print(A() + 1)
del A.__add__
try:
    A() + 1
except TypeError:
    print("TypeError")
