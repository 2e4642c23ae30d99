# ---
# features: [closures, scoping, generators]
# dialect: py3
# description: a generator expression captures variables by cell and reads them lazily
# ---
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
