# ---
# features: [scoping, scoping, builtins]
# dialect: py3
# description: writing to the dict from locals() does not change a function's local
# ---
def f():
    x = 1
    locals()["x"] = 2
    return x
print(f())
