# ---
# features: [unpacking, assignment]
# dialect: py2+3
# description: a, b = b, a swaps values
# ---
a, b = 1, 2
a, b = b, a
print(a)
print(b)
