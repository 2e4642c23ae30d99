# ---
# features: [binary-ops, operator-dispatch, subclass-priority]
# dialect: py2+3
# description: when the prioritised subclass __rmul__ returns NotImplemented the left __mul__ is tried
# ---
log = []
class A(object):
    def __mul__(self, other):
        log.append("A.__mul__")
        return "left"
class B(A):
    def __rmul__(self, other):
        log.append("B.__rmul__")
        return NotImplemented
print(A() * B())
print(",".join(log))
