# ---
# features: [comparisons, operator-dispatch]
# dialect: py3
# description: the default __ne__ inverts __eq__
# ---
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(A(1) != A(1))
print(A(1) != A(2))
