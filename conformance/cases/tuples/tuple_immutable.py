# ---
# features: [tuples, exceptions]
# dialect: py2+3
# description: tuple items cannot be assigned
# ---
t = (1, 2)
try:
    t[0] = 5
except TypeError:
    print("TypeError")
