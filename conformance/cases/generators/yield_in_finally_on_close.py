# ---
# features: [generators, iteration, exceptions]
# dialect: py2+3
# description: yielding while handling GeneratorExit makes close() raise RuntimeError
# ---
def g():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = g()
next(it)
try:
    it.close()
except RuntimeError:
    print("RuntimeError")
