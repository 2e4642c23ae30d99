# ---
# features: [generators, iteration]
# dialect: py3
# description: a generator's return value is the StopIteration value
# ---
def g():
    yield 1
    return "done"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
