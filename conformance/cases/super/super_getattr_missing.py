# ---
# features: [super, classes]
# dialect: py3
# description: a missing attribute through super() raises AttributeError
# ---
class A:
    pass
class B(A):
    def f(self):
        return super().nothing
try:
    B().f()
except AttributeError:
    print("AttributeError")
