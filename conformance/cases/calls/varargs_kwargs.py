# ---
# features: [calls, functions]
# dialect: py2+3
# description: '*args collects extra positionals as a tuple and **kwargs extra keywords as a dict'
# ---
def f(a, *args, **kwargs):
    return a, args, sorted(kwargs.items())
print(f(1, 2, 3, x=4, y=5))
print(f(1))
