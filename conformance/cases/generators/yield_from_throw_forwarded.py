# ---
# features: [generators, iteration, exceptions]
# dialect: py3
# description: throw() passes through yield from to the subgenerator
# ---
def inner():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
def outer():
    yield from inner()
it = outer()
next(it)
print(it.throw(ValueError))
