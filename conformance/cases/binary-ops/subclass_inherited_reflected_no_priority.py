# ---
# features: [binary-ops, operator-dispatch, subclass-priority]
# dialect: py2+3
# description: a subclass that only inherits __radd__ does not get priority
# ---
class A(object):
    def __add__(self, other):
        return "A.__add__"
    def __radd__(self, other):
        return "A.__radd__"
class B(A):
    pass
print(A() + B())
