# ---
# features: [float, numbers, formatting]
# dialect: py2+3
# description: float.hex and float.fromhex
# ---
print((1.0).hex())
print((0.1).hex())
print(float.fromhex("0x1.8p1"))
print((-0.0).hex())
