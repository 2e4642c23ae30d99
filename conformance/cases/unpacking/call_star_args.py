# ---
# features: [unpacking, functions]
# dialect: py2+3
# description: '*iterable in a call spreads positional arguments'
# ---
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2]
print(f(*args, c=3))
print(f(*range(1, 4)))
