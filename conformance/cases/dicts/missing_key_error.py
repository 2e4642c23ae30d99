# ---
# features: [dicts, containers, exceptions]
# dialect: py2+3
# description: a missing key raises KeyError
# negative: {type: KeyError}
# ---
d = {"a": 1}
d["b"]
