# ---
# features: [comparisons, operator-dispatch, subclass-priority]
# dialect: py2+3
# description: a == b with b a subclass overriding __eq__ calls b's first
# ---
class A(object):
    def __eq__(self, other):
        return "A.__eq__"
class B(A):
    def __eq__(self, other):
        return "B.__eq__"
print(A() == B())
print(B() == A())
