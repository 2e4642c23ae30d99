# ---
# features: [metaclasses, classes]
# dialect: py3
# description: __prepare__ provides the class body namespace
# ---
class Recording(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta):
    b = 1
    a = 2
    def c(self): pass
