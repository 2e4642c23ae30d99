# ---
# features: [calls, functions]
# dialect: py3
# description: a function's code object knows its argument counts and names
# ---
def f(a, b, *args, c, **kw):
    x = 1
print(f.__code__.co_argcount)
print(f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:6])
