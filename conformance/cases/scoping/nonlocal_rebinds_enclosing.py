# ---
# features: [scoping, scoping, closures]
# dialect: py3
# description: nonlocal rebinds the variable of the enclosing function
# ---
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc()
    inc()
    return n
print(outer())
