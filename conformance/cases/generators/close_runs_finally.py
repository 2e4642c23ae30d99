# ---
# features: [generators, iteration]
# dialect: py2+3
# description: close() raises GeneratorExit inside and runs finally blocks
# ---
def g():
    try:
        yield 1
    finally:
        print("finally")
it = g()
next(it)
it.close()
print("closed")
