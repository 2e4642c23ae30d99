# ---
# features: [unary-ops, operator-dispatch]
# dialect: py2+3
# description: --x calls __neg__ twice
# ---
count = [0]
class U(object):
    def __neg__(self):
        count[0] += 1
        return self
u = U()
r = --u
print(count[0])
print(r is u)
