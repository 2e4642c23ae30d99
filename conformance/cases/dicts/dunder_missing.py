# ---
# features: [dicts, containers]
# dialect: py2+3
# description: a dict subclass's __missing__ handles missing keys for [] but not get()
# ---
class D(dict):
    def __missing__(self, key):
        return "missing " + key
d = D(a="x")
print(d["a"])
print(d["b"])
print(d.get("b"))
print("b" in d)
