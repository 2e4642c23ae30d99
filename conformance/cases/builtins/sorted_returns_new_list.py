# ---
# features: [builtins, containers]
# dialect: py2+3
# description: sorted works on any iterable and returns a list
# ---
print(sorted("bca"))
print(sorted({3: 0, 1: 0}))
print(sorted((2, 1), reverse=True))
