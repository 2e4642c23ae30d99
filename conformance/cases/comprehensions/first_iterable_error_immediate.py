# ---
# features: [comprehensions, generators, exceptions]
# dialect: py3
# description: an error in the first iterable of a generator expression is raised at creation
# ---
try:
    g = (x for x in 5)
except TypeError:
    print("TypeError at creation")
