# ---
# features: [int, numbers, exceptions]
# dialect: py2+3
# description: int() of inf raises OverflowError and of nan ValueError
# ---
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
