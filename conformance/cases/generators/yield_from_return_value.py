# ---
# features: [generators, iteration]
# dialect: py3
# description: yield from evaluates to the subgenerator's return value
# ---
def inner():
    yield "x"
    return "result"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
