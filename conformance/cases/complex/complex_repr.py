# ---
# features: [complex, numbers, formatting]
# dialect: py3
# description: complex repr omits a zero real part and parenthesises otherwise
# ---
print(1j)
print(1 + 2j)
print(complex(1, -0.0))
print(-1j)
print(complex(0, 0))
print(complex(-0.0, 1))
