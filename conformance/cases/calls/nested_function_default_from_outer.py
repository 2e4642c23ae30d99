# ---
# features: [calls, functions, scoping]
# dialect: py2+3
# description: a nested function's default is evaluated when the def runs
# ---
def outer(n):
    def inner(x=n * 2):
        return x
    return inner
print(outer(3)())
print(outer(5)())
