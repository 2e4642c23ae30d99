# ---
# features: [generators, iteration, exceptions]
# dialect: py2+3
# description: a generator that raised is finished afterwards
# ---
def g():
    yield 1
    raise KeyError("x")
    yield 2
it = g()
next(it)
try:
    next(it)
except KeyError:
    print("KeyError")
print(list(it))
