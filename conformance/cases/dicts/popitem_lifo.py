# ---
# features: [dicts, containers]
# dialect: py3
# description: popitem removes the last inserted item
# ---
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem())
print(d.popitem())
print(d)
try:
    {}.popitem()
except KeyError:
    print("KeyError")
