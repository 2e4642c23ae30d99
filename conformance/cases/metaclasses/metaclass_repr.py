# ---
# features: [metaclasses, classes]
# dialect: py3
# description: a metaclass __repr__ changes repr of the class
# ---
class Meta(type):
    def __repr__(cls):
        return "<class-of-meta " + cls.__name__ + ">"
class A(metaclass=Meta):
    pass
print(repr(A))
print([A])
