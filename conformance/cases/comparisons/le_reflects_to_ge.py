# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: a <= b falls back to b.__ge__(a)
# ---
class A(object):
    pass
class B(object):
    def __ge__(self, other):
        return "B.__ge__ with " + type(other).__name__
print(A() <= B())
