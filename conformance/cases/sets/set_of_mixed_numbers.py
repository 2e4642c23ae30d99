# ---
# features: [sets, containers, hashing]
# dialect: py2+3
# description: 1, 1.0 and True are one set element and the first inserted is kept
# ---
s = set([1, 1.0, True])
print(len(s))
print(type(list(s)[0]).__name__)
