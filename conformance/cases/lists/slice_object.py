# ---
# features: [lists, containers]
# dialect: py3
# description: slice objects and indices()
# ---
s = slice(1, None, 2)
print(list(range(10))[s])
print(s.indices(7))
print(slice(-3, None).indices(5))
