# ---
# features: [float, numbers, exceptions]
# dialect: py2+3
# description: a float power overflowing raises OverflowError
# ---
try:
    10.0 ** 400
except OverflowError:
    print("OverflowError")
print(1e308 * 10)
