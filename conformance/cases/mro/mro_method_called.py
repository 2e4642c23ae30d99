# ---
# features: [mro, classes, metaclasses]
# dialect: py3
# description: a metaclass can override mro() to change the linearization
# ---
class Meta(type):
    def mro(cls):
        return [cls, object]
class A: 
    x = "A"
class B(A, metaclass=Meta):
    pass
print([k.__name__ for k in B.__mro__])
print(hasattr(B, "x"))
