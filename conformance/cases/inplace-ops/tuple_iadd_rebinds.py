# ---
# features: [inplace-ops, operator-dispatch, tuples]
# dialect: py2+3
# description: tuple += builds a new tuple and leaves aliases alone
# ---
a = (1,)
b = a
a += (2,)
print(a)
print(b)
print(a is b)
