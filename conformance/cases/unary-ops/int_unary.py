# ---
# features: [unary-ops, numbers]
# dialect: py2+3
# description: unary operators on ints
# ---
print(-5)
print(+(-5))
print(~5)
print(~-1)
print(-(-2 ** 2))
