# ---
# features: [comparisons, comparisons, builtins]
# dialect: py3
# description: sorted() compares items with < only
# ---
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append("lt")
        return self.v < other.v
    def __gt__(self, other):
        log.append("gt")
        return self.v > other.v
r = sorted([K(3), K(1), K(2)])
print([k.v for k in r])
print(set(log))
