# ---
# features: [complex, numbers]
# dialect: py2+3
# description: integer powers of complex numbers
# ---
print((1j) ** 2)
print((1 + 1j) ** 2)
print((2j) ** 0)
