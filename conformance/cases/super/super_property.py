# ---
# features: [super, classes, attributes]
# dialect: py3
# description: super() resolves properties of the base class
# ---
class A:
    @property
    def v(self):
        return "A.v of " + type(self).__name__
class B(A):
    @property
    def v(self):
        return "B+" + super().v
print(B().v)
