# ---
# features: [dicts, containers]
# dialect: py2+3
# description: get, setdefault and pop with defaults
# ---
d = {"a": 1}
print(d.get("b"))
print(d.get("b", 0))
print(d.setdefault("b", []))
d.setdefault("b", []).append(1)
print(d["b"])
print(d.pop("a"))
print(d.pop("a", "gone"))
try:
    d.pop("a")
except KeyError:
    print("KeyError")
