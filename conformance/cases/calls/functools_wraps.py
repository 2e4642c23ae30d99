# ---
# features: [calls, functions]
# dialect: py3
# description: functools.wraps copies the name and doc and sets __wrapped__
# ---
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def original():
    "docstring"
print(original.__name__, original.__doc__)
print(original.__wrapped__.__name__)
