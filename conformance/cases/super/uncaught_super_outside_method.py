# ---
# features: [super, classes]
# dialect: py3
# description: zero-argument super() in a plain function ends the program with RuntimeError
# negative: {type: RuntimeError}
# ---
def f():
    return super()
f()
