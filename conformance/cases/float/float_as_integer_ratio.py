# ---
# features: [float, numbers]
# dialect: py3
# description: float.as_integer_ratio is exact
# ---
print((0.5).as_integer_ratio())
print((0.1).as_integer_ratio())
print((-2.25).as_integer_ratio())
