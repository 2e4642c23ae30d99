# ---
# features: [generators, iteration]
# dialect: py3
# description: inspect.getgeneratorstate follows created, suspended, closed
# ---
import inspect
def g():
    yield 1
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
it.close()
print(inspect.getgeneratorstate(it))
