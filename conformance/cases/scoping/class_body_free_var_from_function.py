# ---
# features: [scoping, scoping, classes, closures]
# dialect: py3
# description: a class body inside a function sees the function's locals
# ---
def make():
    secret = "from function"
    class A:
        v = secret
    return A
print(make().v)
