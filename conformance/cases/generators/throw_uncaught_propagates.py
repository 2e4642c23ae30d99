# ---
# features: [generators, iteration, exceptions]
# dialect: py2+3
# description: an exception thrown in and not caught propagates out of throw()
# ---
def g():
    yield 1
it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError:
    print("KeyError")
try:
    next(it)
except StopIteration:
    print("finished")
