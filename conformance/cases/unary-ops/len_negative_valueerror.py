# ---
# features: [unary-ops, operator-dispatch, truthiness]
# dialect: py2+3
# description: a negative __len__ raises ValueError in truth testing
# ---
class L(object):
    def __len__(self):
        return -1
try:
    bool(L())
except ValueError:
    print("ValueError")
