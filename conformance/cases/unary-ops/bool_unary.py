# ---
# features: [unary-ops, numbers]
# dialect: py2+3
# description: unary minus and invert on bools give ints
# ---
print(-True)
print(~True)
print(~False)
print(+True)
print(type(-True).__name__)
