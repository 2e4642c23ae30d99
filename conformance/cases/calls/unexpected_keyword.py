# ---
# features: [calls, functions, exceptions]
# dialect: py2+3
# description: an unknown keyword raises TypeError
# ---
def f(a):
    pass
try:
    f(a=1, z=2)
except TypeError:
    print("TypeError")
