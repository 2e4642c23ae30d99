# ---
# features: [comprehensions, generators, exceptions]
# dialect: py3
# description: an error inside a generator expression element appears when consumed
# ---
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("ZeroDivisionError")
