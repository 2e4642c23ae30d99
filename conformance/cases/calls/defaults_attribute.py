# ---
# features: [calls, functions]
# dialect: py3
# description: __defaults__ and __kwdefaults__ hold the default values
# ---
def f(a, b=2, *, c=3):
    pass
print(f.__defaults__)
print(f.__kwdefaults__)
f.__defaults__ = (20,)
def g(a, b=2):
    return b
g.__defaults__ = (99,)
print(g(1))
