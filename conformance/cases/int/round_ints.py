# ---
# features: [int, numbers, builtins]
# dialect: py3
# description: round() on ints with negative ndigits rounds half to even
# ---
print(round(15, -1))
print(round(25, -1))
print(round(1234, -2))
print(round(-150, -2))
print(type(round(7)).__name__)
