# ---
# features: [unary-ops, numbers, complex]
# dialect: py2+3
# description: unary minus on complex numbers negates both parts
# ---
z = complex(1, -2)
print(-z)
print(+z)
print(abs(complex(3, 4)))
