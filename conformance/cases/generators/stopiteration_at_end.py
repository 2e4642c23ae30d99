# ---
# features: [generators, iteration]
# dialect: py2+3
# description: next() on an exhausted generator raises StopIteration
# ---
def g():
    yield 1
it = g()
next(it)
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next(it)
except StopIteration:
    print("again")
