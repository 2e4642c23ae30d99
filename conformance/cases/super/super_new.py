# ---
# features: [super, classes]
# dialect: py3
# description: super().__new__ in __new__ creates the subclass instance
# ---
class A:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
class B(A):
    pass
b = B(1, 2)
print(type(b).__name__, b.args)
