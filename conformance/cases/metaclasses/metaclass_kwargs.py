# ---
# features: [metaclasses, classes]
# dialect: py3
# description: class keyword arguments are passed to __prepare__, __new__ and __init_subclass__
# ---
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", kw)
class A(metaclass=Meta, flavour="x"):
    pass
