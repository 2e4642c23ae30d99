# ---
# features: [unary-ops, operator-dispatch, truthiness]
# dialect: py2+3
# description: without __bool__, truth falls back to __len__
# ---
class L(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(not L(0))
print(not L(3))
print(bool(L(0)))
