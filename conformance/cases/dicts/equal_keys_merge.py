# ---
# features: [dicts, containers, hashing]
# dialect: py2+3
# description: keys that are equal and hash equal are one key
# ---
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(len(d))
