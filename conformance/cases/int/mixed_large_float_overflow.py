# ---
# features: [int, numbers, exceptions]
# dialect: py3
# description: converting a too-large int to float raises OverflowError
# ---
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError")
try:
    10 ** 400 / 1
except OverflowError:
    print("OverflowError div")
