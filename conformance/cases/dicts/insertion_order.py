# ---
# features: [dicts, containers]
# dialect: py3
# description: dicts preserve insertion order
# ---
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(list(d))
d["b"] = 9
print(list(d.items()))
