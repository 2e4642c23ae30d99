# ---
# features: [unary-ops, operator-dispatch, special-lookup]
# dialect: py2+3
# description: unary special methods set on the instance are ignored
# ---
class U(object):
    def __neg__(self):
        return "class"
u = U()
u.__neg__ = lambda: "instance"
print(-u)
