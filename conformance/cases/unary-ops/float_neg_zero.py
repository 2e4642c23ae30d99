# ---
# features: [unary-ops, numbers, float]
# dialect: py2+3
# description: negating 0.0 gives -0.0
# ---
print(-0.0)
print(-(0.0))
print(+(-0.0))
print(abs(-0.0))
