# ---
# features: [generators, iteration]
# dialect: py3
# description: yield from yields every value of the subiterator
# ---
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield 3
print(list(outer()))
