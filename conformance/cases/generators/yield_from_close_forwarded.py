# ---
# features: [generators, iteration]
# dialect: py3
# description: close() on the outer generator closes the subgenerator first
# ---
def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
it = outer()
next(it)
it.close()
