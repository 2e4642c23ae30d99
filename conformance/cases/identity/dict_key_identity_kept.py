# ---
# features: [identity, dicts, hashing]
# dialect: py3
# description: a dict keeps the first key object when an equal key is stored again
# ---
k1 = (1, 2)
k2 = tuple([1, 2])
d = {k1: "a"}
d[k2] = "b"
print(next(iter(d)) is k1)
print(d)
