# ---
# features: [tuples, comparisons]
# dialect: py2+3
# description: tuples compare item by item
# ---
print((1, 2) < (1, 3))
print((1, 2) < (1, 2, 0))
print((2,) > (1, 100))
print((1, 2) == (1, 2))
