# ---
# features: [super, classes]
# dialect: py3
# description: super() inside a classmethod binds the subclass
# ---
class A:
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    @classmethod
    def make(cls):
        return "B:" + super().make()
class C(B):
    pass
print(C.make())
