# ---
# features: [super, classes]
# dialect: py3
# description: zero-argument super() outside a method raises RuntimeError
# ---
def f():
    return super()
try:
    f()
except RuntimeError:
    print("RuntimeError")
