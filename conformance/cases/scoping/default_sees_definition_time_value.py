# ---
# features: [scoping, scoping, functions]
# dialect: py2+3
# description: a default captures the value at definition time, not call time
# ---
v = 1
def f(x=v):
    return x
v = 2
print(f())
