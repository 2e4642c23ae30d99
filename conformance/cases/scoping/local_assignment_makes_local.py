# ---
# features: [scoping, scoping]
# dialect: py2+3
# description: any assignment in a function makes the name local for the whole body
# ---
x = "global"
def f():
    try:
        print(x)
    except UnboundLocalError:
        print("UnboundLocalError")
    x = "local"
    return x
print(f())
