# ---
# features: [generators, iteration]
# dialect: py2+3
# description: a generator's finally runs when it finishes normally
# ---
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in g():
    print(v)
print("after")
