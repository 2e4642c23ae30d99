# ---
# features: [calls, functions, exceptions]
# dialect: py2+3
# description: a missing required argument raises TypeError
# ---
def f(a, b):
    pass
try:
    f(1)
except TypeError:
    print("TypeError")
