# ---
# features: [unpacking, assignment, exceptions]
# dialect: py2+3
# description: fewer values than targets raises ValueError
# ---
try:
    a, b, c = "ab"
except ValueError:
    print("ValueError")
