# ---
# features: [float, numbers, formatting]
# dialect: py3
# description: float repr is the shortest string that round-trips
# ---
print(0.1)
print(0.1 + 0.2)
print(1 / 3)
print(2.5)
print(1e16)
print(1e-5)
print(123456789012345678.0)
