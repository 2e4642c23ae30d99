# ---
# features: [closures, scoping, classes]
# dialect: py3
# description: a class body that assigns a name reads it from the class namespace, not the enclosing function
# ---
def f():
    x = "function"
    class C:
        x = "class"
        y = x
    class D:
        y = x
    return C.y, D.y
print(f())
