# ---
# features: [inplace-ops, operator-dispatch, lists]
# dialect: py2+3
# description: list += extends the same list object, visible through aliases
# ---
a = [1]
b = a
a += [2, 3]
print(b)
print(a is b)
