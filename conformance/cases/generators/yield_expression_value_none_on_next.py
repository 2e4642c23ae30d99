# ---
# features: [generators, iteration]
# dialect: py2+3
# description: yield evaluates to None when resumed with next()
# ---
def g():
    v = yield 1
    print(repr(v))
    yield 2
it = g()
next(it)
next(it)
