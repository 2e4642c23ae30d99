# ---
# features: [lists, containers]
# dialect: py2+3
# description: sort is stable for equal keys
# ---
pairs = [("b", 1), ("a", 2), ("b", 0), ("a", 1)]
pairs.sort(key=lambda p: p[0])
print(pairs)
