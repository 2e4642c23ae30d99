# ---
# features: [scoping, scoping, closures]
# dialect: py3
# description: nonlocal binds the nearest enclosing function scope
# ---
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            nonlocal v
            v = "c"
        c()
        return v
    return b(), v
print(a())
