# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py2+3
# description: __iadd__ returning NotImplemented falls back to __add__ then __radd__
# ---
log = []
class A(object):
    def __iadd__(self, other):
        log.append("iadd")
        return NotImplemented
    def __add__(self, other):
        log.append("add")
        return NotImplemented
class B(object):
    def __radd__(self, other):
        log.append("radd")
        return "B"
a = A()
a += B()
print(a)
print(",".join(log))
