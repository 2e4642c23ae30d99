# ---
# features: [generators, iteration, exceptions]
# dialect: py2+3
# description: throw() raises the exception at the paused yield
# ---
def g():
    try:
        yield 1
    except ValueError:
        yield "caught"
it = g()
next(it)
print(it.throw(ValueError))
