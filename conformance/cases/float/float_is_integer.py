# ---
# features: [float, numbers]
# dialect: py2+3
# description: float.is_integer
# ---
print((3.0).is_integer())
print((3.5).is_integer())
print((-0.0).is_integer())
