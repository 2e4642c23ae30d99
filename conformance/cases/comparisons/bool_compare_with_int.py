# ---
# features: [comparisons, comparisons]
# dialect: py2+3
# description: True == 1 and False == 0, and they sort as ints
# ---
print(True == 1)
print(False == 0)
print(sorted([True, 0, -1, False, 2]))
