# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: the reflection of __eq__ is the right operand's __eq__
# ---
class A(object):
    def __eq__(self, other):
        return NotImplemented
class B(object):
    def __eq__(self, other):
        return "B.__eq__ with " + type(other).__name__
print(A() == B())
