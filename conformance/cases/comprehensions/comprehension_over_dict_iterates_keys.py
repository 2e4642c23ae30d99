# ---
# features: [comprehensions, dicts]
# dialect: py2+3
# description: iterating a dict in a comprehension yields keys
# ---
d = {"a": 1, "b": 2}
print(sorted([k for k in d]))
