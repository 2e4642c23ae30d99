# ---
# features: [inplace-ops, operator-dispatch, dicts]
# dialect: py3
# description: dict | dict returns a new dict with right-hand values winning
# ---
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c)
print(a)
try:
    a | [("q", 1)]
except TypeError:
    print("TypeError")
