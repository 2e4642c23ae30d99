# ---
# features: [dicts, containers]
# dialect: py2+3
# description: dict.fromkeys uses the same value object for every key
# ---
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(sorted(d.items()))
