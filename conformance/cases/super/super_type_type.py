# ---
# features: [super, classes]
# dialect: py3
# description: super(type, type2) supports looking up classmethods unbound
# ---
class A:
    @classmethod
    def c(cls):
        return cls.__name__
class B(A):
    pass
print(super(B, B).c())
