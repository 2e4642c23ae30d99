# ---
# features: [comparisons, operator-dispatch, subclass-priority]
# dialect: py2+3
# description: a right operand of a subclass gets its reflected comparison tried first
# ---
class A(object):
    def __lt__(self, other):
        return "A.__lt__"
class B(A):
    def __gt__(self, other):
        return "B.__gt__"
print(A() < B())
print(B() > A())
