# ---
# features: [int, numbers]
# dialect: py3
# description: / on ints gives a float
# ---
print(7 / 2)
print(6 / 3)
print(type(6 / 3).__name__)
print(-1 / 4)
