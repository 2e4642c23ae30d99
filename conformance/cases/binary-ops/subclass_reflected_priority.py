# ---
# features: [binary-ops, operator-dispatch, subclass-priority]
# dialect: py2+3
# description: a right operand of a strict subclass that overrides __radd__ goes first
# ---
class A(object):
    def __add__(self, other):
        return "A.__add__"
    def __radd__(self, other):
        return "A.__radd__"
class B(A):
    def __radd__(self, other):
        return "B.__radd__"
print(A() + B())
print(B() + A())
