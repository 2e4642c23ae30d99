# ---
# features: [dicts, containers, hashing]
# dialect: py2+3
# description: a user class with __hash__ and __eq__ works as a key
# ---
class K(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d = {K(1): "one"}
print(d[K(1)])
print(K(2) in d)
