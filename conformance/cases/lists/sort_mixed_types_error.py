# ---
# features: [lists, containers, exceptions]
# dialect: py3
# description: sorting unorderable items raises TypeError
# ---
try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError")
