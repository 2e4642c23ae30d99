# ---
# features: [generators, iteration]
# dialect: py2+3
# description: a generator body does not run until the first next()
# ---
def g():
    print("started")
    yield 1
it = g()
print("created")
print(next(it))
