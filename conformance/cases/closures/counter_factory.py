# ---
# features: [closures, scoping]
# dialect: py3
# description: each call of a factory makes an independent cell
# ---
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
a = counter()
b = counter()
a(); a()
print(a(), b())
