# ---
# features: [metaclasses, classes]
# dialect: py3
# description: the metaclass __new__ receives name, bases and namespace
# ---
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def f(self): pass
