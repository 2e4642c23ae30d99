# ---
# features: [metaclasses, classes]
# dialect: py3
# description: the metaclass __init__ runs after __new__
# ---
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("new")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("init", name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    pass
print(type(A).__name__)
