# ---
# features: [float, numbers, builtins]
# dialect: py3
# description: round() with ndigits uses the exact binary value
# ---
print(round(2.675, 2))
print(round(1.005, 2))
print(round(123.456, -1))
print(round(0.125, 2))
