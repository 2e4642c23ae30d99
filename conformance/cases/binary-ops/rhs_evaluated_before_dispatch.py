# ---
# features: [binary-ops, operator-dispatch, evaluation-order]
# dialect: py2+3
# description: both operands are evaluated left to right before any special method runs
# ---
log = []
class A(object):
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        log.append("add %d %d" % (self.n, other.n))
        return A(self.n + other.n)
def mk(n):
    log.append("mk %d" % n)
    return A(n)
r = mk(1) + mk(2) + mk(3)
print(r.n)
print(";".join(log))
