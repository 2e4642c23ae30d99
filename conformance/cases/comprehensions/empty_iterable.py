# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: a comprehension over an empty iterable is empty
# ---
print([x for x in []])
print(dict((k, k) for k in ()))
