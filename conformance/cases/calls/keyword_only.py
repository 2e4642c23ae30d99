# ---
# features: [calls, functions]
# dialect: py3
# description: parameters after * are keyword-only
# ---
def f(a, *, key):
    return a, key
print(f(1, key=2))
try:
    f(1, 2)
except TypeError:
    print("TypeError")
