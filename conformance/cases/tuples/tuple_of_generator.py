# ---
# features: [tuples, builtins]
# dialect: py2+3
# description: tuple() consumes any iterable
# ---
print(tuple(x * x for x in range(4)))
print(tuple("ab"))
print(tuple({"k": 1}))
