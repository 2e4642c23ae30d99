# ---
# features: [dicts, containers]
# dialect: py3
# description: a deleted and re-inserted key moves to the end
# ---
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 1
print(list(d))
