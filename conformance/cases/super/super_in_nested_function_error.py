# ---
# features: [super, classes, closures]
# dialect: py3
# description: zero-argument super() in a nested function without arguments fails
# ---
class A:
    def f(self):
        def inner():
            return super().f
        return inner()
try:
    A().f()
except RuntimeError:
    print("RuntimeError")
except TypeError:
    print("TypeError")
