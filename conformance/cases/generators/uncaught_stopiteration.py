# ---
# features: [generators, iteration]
# dialect: py2+3
# description: next() on an exhausted generator at top level ends the program with StopIteration
# negative: {type: StopIteration}
# ---
def g():
    yield 1
it = g()
next(it)
next(it)
