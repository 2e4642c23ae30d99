# ---
# features: [int, numbers]
# dialect: py2+3
# description: an int to a negative power gives a float
# ---
print(2 ** -2)
print(type(10 ** -1).__name__)
