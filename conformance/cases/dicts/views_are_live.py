# ---
# features: [dicts, containers]
# dialect: py3
# description: keys, values and items views reflect later changes
# ---
d = {"a": 1}
k = d.keys()
v = d.values()
d["b"] = 2
print(sorted(k))
print(sorted(v))
print(len(d.items()))
