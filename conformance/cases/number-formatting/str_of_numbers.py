# ---
# features: [number-formatting, formatting, numbers]
# dialect: py2+3
# description: str() of ints and floats
# ---
print(str(10 ** 20))
print(str(-3))
print(str(1.0))
print(str(1e100))
