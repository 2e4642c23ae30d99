# ---
# features: [inplace-ops, operator-dispatch, lists]
# dialect: py2+3
# description: list *= n repeats in place
# ---
a = [1, 2]
b = a
a *= 2
print(b)
a *= 0
print(b)
