# ---
# features: [closures, scoping, generators]
# dialect: py3
# description: the first iterable of a generator expression is evaluated immediately
# ---
src = [1, 2]
g = (i for i in src)
src = [7, 8, 9]
print(list(g))
