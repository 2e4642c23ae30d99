# ---
# features: [float, numbers]
# dialect: py2+3
# description: float addition is not associative
# ---
print((0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
print(repr((0.1 + 0.2) + 0.3))
print(repr(0.1 + (0.2 + 0.3)))
