# ---
# features: [calls, functions, exceptions]
# dialect: py2+3
# description: an argument given positionally and by keyword raises TypeError
# ---
def f(a, b):
    pass
try:
    f(1, a=2)
except TypeError:
    print("TypeError")
