# ---
# features: [unpacking, assignment, exceptions]
# dialect: py2+3
# description: unpacking a non-iterable raises TypeError
# ---
try:
    a, b = 5
except TypeError:
    print("TypeError")
