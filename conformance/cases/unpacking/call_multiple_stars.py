# ---
# features: [unpacking, functions]
# dialect: py3
# description: several * and ** in one call are merged in order
# ---
def f(*a, **k):
    return a, sorted(k.items())
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, **{"z": 3}))
