# ---
# features: [super, classes]
# dialect: py3
# description: object.__init__ via super() rejects extra arguments
# ---
class A:
    def __init__(self, x):
        super().__init__(x)
try:
    A(1)
except TypeError:
    print("TypeError")
