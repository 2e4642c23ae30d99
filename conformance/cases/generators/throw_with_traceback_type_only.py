# ---
# features: [generators, iteration, exceptions]
# dialect: py3
# description: throw() accepts an exception class and instantiates it
# ---
def g():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + " " + repr(e.args)
it = g()
next(it)
print(it.throw(IndexError))
