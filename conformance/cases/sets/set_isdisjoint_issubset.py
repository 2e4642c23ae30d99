# ---
# features: [sets, containers]
# dialect: py2+3
# description: isdisjoint, issubset and issuperset
# ---
a = set([1, 2])
print(a.isdisjoint([3, 4]))
print(a.issubset([1, 2, 3]))
print(a.issuperset([1]))
print(a.issubset(a))
