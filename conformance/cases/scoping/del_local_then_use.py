# ---
# features: [scoping, scoping]
# dialect: py2+3
# description: using a local after del raises UnboundLocalError
# ---
def f():
    x = 1
    del x
    try:
        return x
    except NameError as e:
        return type(e).__name__
print(f())
