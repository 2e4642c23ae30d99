# ---
# features: [unary-ops, numbers]
# dialect: py2+3
# description: -2 ** 2 is -(2 ** 2) and 2 ** -1 is 0.5
# ---
print(-2 ** 2)
print((-2) ** 2)
print(2 ** -1)
print(-2 ** -2)
