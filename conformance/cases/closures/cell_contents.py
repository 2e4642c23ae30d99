# ---
# features: [closures, scoping, functions]
# dialect: py3
# description: __closure__ exposes cells whose contents are the captured values
# ---
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
f = outer()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
