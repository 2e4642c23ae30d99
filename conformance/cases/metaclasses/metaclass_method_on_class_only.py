# ---
# features: [metaclasses, classes]
# dialect: py3
# description: metaclass methods are reachable from the class but not from instances
# ---
class Meta(type):
    def hello(cls):
        return "hello " + cls.__name__
class A(metaclass=Meta):
    pass
print(A.hello())
try:
    A().hello()
except AttributeError:
    print("AttributeError")
