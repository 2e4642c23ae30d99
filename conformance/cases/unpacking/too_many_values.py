# ---
# features: [unpacking, assignment, exceptions]
# dialect: py2+3
# description: more values than targets raises ValueError
# ---
try:
    a, b = [1, 2, 3]
except ValueError:
    print("ValueError")
