# ---
# features: [dicts, containers, formatting]
# dialect: py3
# description: a dict containing itself prints {...}
# ---
d = {}
d["self"] = d
print(d)
