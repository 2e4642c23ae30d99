# ---
# features: [comparisons, comparisons]
# dialect: py2+3
# description: chained comparisons mix operators pairwise
# ---
print(1 < 2 > 0)
print(1 == 1 < 2 != 3)
print(3 > 2 == 2 >= 3)
print(1 < 3 in [3])
