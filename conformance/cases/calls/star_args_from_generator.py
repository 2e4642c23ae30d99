# ---
# features: [calls, functions, iteration]
# dialect: py3
# description: '*args consumes a generator fully before the call'
# ---
def g():
    for i in range(3):
        print("gen", i)
        yield i
def f(*a):
    print("in f", a)
f(*g())
