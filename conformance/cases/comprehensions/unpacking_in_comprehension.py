# ---
# features: [comprehensions, unpacking]
# dialect: py2+3
# description: for targets in comprehensions can unpack
# ---
pairs = [(1, "a"), (2, "b")]
print([s * n for n, s in pairs])
