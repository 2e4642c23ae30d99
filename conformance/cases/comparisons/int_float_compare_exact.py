# ---
# features: [comparisons, comparisons, numbers]
# dialect: py2+3
# description: int/float comparison is exact, not done by converting the int to float
# ---
big = 2 ** 53 + 1
f = float(2 ** 53)
print(big > f)
print(big == f)
print(big - 1 == f)
