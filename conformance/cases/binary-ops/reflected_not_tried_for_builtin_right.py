# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: a custom left operand returning NotImplemented against an int raises TypeError
# ---
class A(object):
    def __add__(self, other):
        return NotImplemented
try:
    A() + 1
except TypeError:
    print("TypeError")
