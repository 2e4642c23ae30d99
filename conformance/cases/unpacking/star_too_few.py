# ---
# features: [unpacking, assignment, exceptions]
# dialect: py3
# description: too few values for the non-starred targets raises ValueError
# ---
try:
    a, b, *c = [1]
except ValueError:
    print("ValueError")
