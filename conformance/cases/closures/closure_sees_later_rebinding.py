# ---
# features: [closures, scoping]
# dialect: py2+3
# description: a closure reads the cell's current value, not the value at creation
# ---
def outer():
    v = "first"
    def get():
        return v
    v = "second"
    return get
print(outer()())
