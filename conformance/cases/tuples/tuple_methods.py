# ---
# features: [tuples, containers]
# dialect: py2+3
# description: count and index on tuples
# ---
t = (1, 2, 1, 3)
print(t.count(1))
print(t.index(3))
