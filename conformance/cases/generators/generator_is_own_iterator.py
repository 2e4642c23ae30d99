# ---
# features: [generators, iteration]
# dialect: py2+3
# description: iter(gen) returns the generator itself
# ---
def g():
    yield 1
it = g()
print(iter(it) is it)
