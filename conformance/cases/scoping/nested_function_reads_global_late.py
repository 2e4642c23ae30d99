# ---
# features: [scoping, scoping]
# dialect: py2+3
# description: a function reads a global at call time
# ---
def f():
    return g
g = "late binding"
print(f())
