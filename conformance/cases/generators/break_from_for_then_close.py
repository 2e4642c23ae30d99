# ---
# features: [generators, iteration]
# dialect: py2+3
# description: breaking out of a for loop over a generator and closing it runs finally
# ---
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
for v in it:
    print(v)
    break
it.close()
print("after")
