# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: raising a class instantiates it with no arguments
# ---
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__)
    print(e.args)
