# ---
# features: [int, numbers, exceptions]
# dialect: py2+3
# description: shifting by a negative count raises ValueError
# ---
try:
    1 << -1
except ValueError:
    print("ValueError")
