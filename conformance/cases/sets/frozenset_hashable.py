# ---
# features: [sets, containers, hashing]
# dialect: py2+3
# description: frozensets are hashable and equal to sets with the same items
# ---
f = frozenset([1, 2])
print(f == set([1, 2]))
print(hash(f) == hash(frozenset([2, 1])))
d = {f: "x"}
print(d[frozenset([2, 1])])
try:
    hash(set())
except TypeError:
    print("TypeError")
