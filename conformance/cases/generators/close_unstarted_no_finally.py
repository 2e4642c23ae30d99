# ---
# features: [generators, iteration]
# dialect: py2+3
# description: closing a generator that never started runs nothing
# ---
def g():
    try:
        yield 1
    finally:
        print("finally")
it = g()
it.close()
print("closed")
