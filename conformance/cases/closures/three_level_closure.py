# ---
# features: [closures, scoping]
# dialect: py2+3
# description: a variable from two levels out is captured through the middle function
# ---
def a():
    v = "deep"
    def b():
        def c():
            return v
        return c
    return b()()
print(a())
