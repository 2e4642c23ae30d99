# ---
# features: [closures, scoping, classes]
# dialect: py3
# description: a lambda in a class body does not see class attributes
# ---
class A:
    k = 3
    f = lambda self: k
try:
    A().f()
except NameError:
    print("NameError")
