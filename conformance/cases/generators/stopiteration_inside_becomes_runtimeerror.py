# ---
# features: [generators, iteration, exceptions]
# dialect: py3
# description: a StopIteration raised inside a generator becomes RuntimeError (PEP 479)
# ---
def g():
    yield 1
    raise StopIteration
it = g()
next(it)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", type(e.__cause__).__name__)
