# ---
# features: [complex, numbers]
# dialect: py2+3
# description: complex addition, multiplication and division
# ---
a = complex(1, 2)
b = complex(3, -1)
print(a + b)
print(a * b)
print(a / b)
print(a - b)
