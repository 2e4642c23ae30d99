# ---
# features: [iteration, protocols]
# dialect: py3
# description: enumerate pulls from its iterable lazily
# ---
def g():
    for i in range(3):
        print("yield", i)
        yield i
e = enumerate(g())
print(next(e))
print(next(e))
