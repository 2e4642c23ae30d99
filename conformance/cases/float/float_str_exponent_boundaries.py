# ---
# features: [float, numbers, formatting]
# dialect: py3
# description: repr switches to exponent notation at 1e16 and 1e-4
# ---
print(1e15)
print(1e16)
print(0.0001)
print(0.00001)
print(12345678901234567890.0)
