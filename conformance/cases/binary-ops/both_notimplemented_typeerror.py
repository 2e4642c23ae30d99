# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: when both sides return NotImplemented a TypeError is raised
# ---
class A(object):
    def __add__(self, other):
        return NotImplemented
class B(object):
    def __radd__(self, other):
        return NotImplemented
try:
    A() + B()
except TypeError:
    print("TypeError")
