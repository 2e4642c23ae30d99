# ---
# features: [metaclasses, classes]
# dialect: py3
# description: __init__ runs when __new__ returns an instance of a subclass
# ---
class A:
    def __new__(cls):
        return object.__new__(B)
    def __init__(self):
        print("init", type(self).__name__)
class B(A):
    pass
A()
