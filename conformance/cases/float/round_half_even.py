# ---
# features: [float, numbers, builtins]
# dialect: py3
# description: round() rounds halves to even and returns an int without ndigits
# ---
print(round(0.5))
print(round(1.5))
print(round(2.5))
print(round(-0.5))
print(type(round(2.7)).__name__)
