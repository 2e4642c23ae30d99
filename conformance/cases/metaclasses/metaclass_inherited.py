# ---
# features: [metaclasses, classes]
# dialect: py3
# description: subclasses use the metaclass of their base
# ---
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(type(B).__name__)
