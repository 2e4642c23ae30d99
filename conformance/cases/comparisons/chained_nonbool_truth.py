# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: a chained comparison tests the truth of intermediate non-bool results
# ---
class V(object):
    def __lt__(self, other):
        return ""
print(repr(V() < 1 < 2))
print(repr(1 < 2 < 3))
