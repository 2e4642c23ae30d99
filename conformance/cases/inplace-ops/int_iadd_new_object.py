# ---
# features: [inplace-ops, operator-dispatch, numbers]
# dialect: py2+3
# description: int += rebinds to a new int; aliases keep the old value
# ---
a = 1000
b = a
a += 1
print(a)
print(b)
