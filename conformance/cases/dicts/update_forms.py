# ---
# features: [dicts, containers]
# dialect: py3
# description: update accepts a mapping, pairs and keywords
# ---
d = {}
d.update({"a": 1})
d.update([("b", 2)])
d.update(c=3)
print(d)
