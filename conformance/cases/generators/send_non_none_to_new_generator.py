# ---
# features: [generators, iteration]
# dialect: py2+3
# description: sending a non-None value to a just-started generator raises TypeError
# ---
def g():
    yield 1
try:
    g().send(1)
except TypeError:
    print("TypeError")
print(g().send(None))
