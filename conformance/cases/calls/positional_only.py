# ---
# features: [calls, functions]
# dialect: py3
# description: parameters before / are positional-only and their names can reappear in **kwargs
# ---
def f(a, b, /, **kw):
    return a, b, kw
print(f(1, 2, a=3))
try:
    f(a=1, b=2)
except TypeError:
    print("TypeError")
