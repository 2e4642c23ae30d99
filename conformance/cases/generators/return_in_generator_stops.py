# ---
# features: [generators, iteration]
# dialect: py2+3
# description: a bare return ends the generator early
# ---
def g():
    yield 1
    return
    yield 2
print(list(g()))
