# ---
# features: [sets, containers]
# dialect: py2+3
# description: set methods accept any iterable where operators need sets
# ---
a = set([1, 2])
print(sorted(a.union([3], (4,))))
print(sorted(a.intersection("12")))
try:
    a | [3]
except TypeError:
    print("TypeError")
