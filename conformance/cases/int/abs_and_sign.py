# ---
# features: [int, numbers]
# dialect: py2+3
# description: abs() on ints
# ---
print(abs(-5))
print(abs(0))
print(abs(-(2 ** 70)))
