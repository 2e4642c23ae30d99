# ---
# features: [unary-ops, operator-dispatch]
# dialect: py2+3
# description: unary -, + and ~ call __neg__, __pos__ and __invert__
# ---
class U(object):
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
u = U()
print(-u)
print(+u)
print(~u)
