# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: for operands of the same type the reflected method is never tried
# ---
log = []
class A(object):
    def __add__(self, other):
        log.append("add")
        return NotImplemented
    def __radd__(self, other):
        log.append("radd")
        return "reflected"
try:
    A() + A()
except TypeError:
    log.append("TypeError")
print(",".join(log))
