# ---
# features: [float, numbers]
# dialect: py3
# description: mixing a large int with a float converts the int
# ---
print(2 ** 60 + 0.5)
print(float(2 ** 63))
print(2 ** 53 + 1.0)
