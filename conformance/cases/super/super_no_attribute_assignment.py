# ---
# features: [super, classes, attributes]
# dialect: py3
# description: assigning through super() raises AttributeError
# ---
class A:
    pass
class B(A):
    def set(self):
        super().x = 1
try:
    B().set()
except AttributeError:
    print("AttributeError")
