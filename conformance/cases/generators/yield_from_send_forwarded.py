# ---
# features: [generators, iteration]
# dialect: py3
# description: send() passes through yield from to the subgenerator
# ---
def inner():
    got = yield "ready"
    yield "inner got " + got
def outer():
    yield from inner()
it = outer()
print(next(it))
print(it.send("hi"))
