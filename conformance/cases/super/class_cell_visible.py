# ---
# features: [super, classes, closures]
# dialect: py3
# description: __class__ inside a method is the defining class
# ---
class A:
    def which(self):
        return __class__.__name__
class B(A):
    pass
print(B().which())
