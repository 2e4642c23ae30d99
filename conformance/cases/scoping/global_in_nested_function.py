# ---
# features: [scoping, scoping]
# dialect: py3
# description: global in a nested function skips the enclosing function's local
# ---
x = "module"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(outer())
print(x)
