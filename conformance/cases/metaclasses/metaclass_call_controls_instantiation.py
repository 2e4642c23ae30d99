# ---
# features: [metaclasses, classes]
# dialect: py3
# description: the metaclass __call__ controls what C() returns
# ---
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self):
        print("init once")
print(S() is S())
