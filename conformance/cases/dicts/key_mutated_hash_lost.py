# ---
# features: [dicts, containers, hashing]
# dialect: py3
# description: a key whose hash changes after insertion can no longer be found
# ---
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self is o
k = K(1)
d = {k: "x"}
k.v = 2
print(k in d)
print(len(d))
