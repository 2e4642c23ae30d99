# ---
# features: [dicts, containers, sets]
# dialect: py3
# description: keys views support set operations
# ---
a = {"x": 1, "y": 2}
b = {"y": 0, "z": 0}
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() | b))
print(sorted(a.keys() - {"x"}))
