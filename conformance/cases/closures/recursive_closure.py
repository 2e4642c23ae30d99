# ---
# features: [closures, scoping, functions]
# dialect: py2+3
# description: a nested function can call itself through its own cell
# ---
def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(outer()(10))
