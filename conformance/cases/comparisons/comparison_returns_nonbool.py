# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: a rich comparison may return any object, passed through unchanged
# ---
class V(object):
    def __lt__(self, other):
        return [1, 2]
print(V() < 0)
