# ---
# features: [metaclasses, classes]
# dialect: py3
# description: __init_subclass__ runs for each new subclass with its keyword arguments
# ---
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        print("subclass", cls.__name__, tag)
        super().__init_subclass__(**kw)
class A(Base, tag="a"):
    pass
class B(A):
    pass
