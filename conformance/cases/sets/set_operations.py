# ---
# features: [sets, containers]
# dialect: py2+3
# description: union, intersection, difference, symmetric difference
# ---
a = set([1, 2, 3])
b = set([3, 4])
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b))
print(sorted(a ^ b))
