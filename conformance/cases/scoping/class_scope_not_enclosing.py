# ---
# features: [scoping, scoping, classes]
# dialect: py2+3
# description: names in a class body are not visible to methods
# ---
class A(object):
    x = "class x"
    def f(self):
        try:
            return x
        except NameError:
            return "NameError"
print(A().f())
