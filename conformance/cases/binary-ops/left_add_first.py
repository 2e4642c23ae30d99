# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: a + b calls the left operand's __add__ first and uses its result
# ---
class A(object):
    def __add__(self, other):
        return "A.__add__"
    def __radd__(self, other):
        return "A.__radd__"
class B(object):
    def __add__(self, other):
        return "B.__add__"
    def __radd__(self, other):
        return "B.__radd__"
print(A() + B())
print(B() + A())
