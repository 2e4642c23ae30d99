# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py2+3
# description: the name is rebound to whatever __iadd__ returns, even None
# ---
class A(object):
    def __iadd__(self, other):
        return None
a = A()
a += 1
print(a)
