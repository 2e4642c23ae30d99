# ---
# features: [comprehensions, closures]
# dialect: py3
# description: lambdas made in a comprehension share the final value
# ---
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
