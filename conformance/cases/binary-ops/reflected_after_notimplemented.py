# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: when __add__ returns NotImplemented the right operand's __radd__ is tried
# ---
log = []
class A(object):
    def __add__(self, other):
        log.append("A.__add__")
        return NotImplemented
class B(object):
    def __radd__(self, other):
        log.append("B.__radd__")
        return 42
print(A() + B())
print(",".join(log))
