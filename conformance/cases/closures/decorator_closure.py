# ---
# features: [closures, scoping, functions]
# dialect: py2+3
# description: a decorator's wrapper keeps the wrapped function in its closure
# ---
def logged(fn):
    def wrapper(*args):
        return "%s%r -> %r" % (fn.__name__, args, fn(*args))
    return wrapper
@logged
def mul(a, b):
    return a * b
print(mul(6, 7))
