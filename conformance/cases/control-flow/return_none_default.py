# ---
# features: [control-flow, functions]
# dialect: py2+3
# description: a function without return gives None
# ---
def f():
    pass
print(f())
def g():
    return
print(g())
