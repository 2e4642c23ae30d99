# ---
# features: [generators, iteration]
# dialect: py2+3
# description: re-entering a running generator raises ValueError
# ---
def g():
    yield next(it)
it = g()
try:
    next(it)
except ValueError:
    print("ValueError")
