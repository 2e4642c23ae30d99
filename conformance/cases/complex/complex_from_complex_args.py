# ---
# features: [complex, numbers]
# dialect: py3
# description: complex(a, b) with complex arguments computes a + b*1j
# ---
print(complex(1j, 1j))
print(complex(complex(1, 2)))
