# ---
# features: [descriptors, attributes, metaclasses]
# dialect: py3
# description: a data descriptor on the metaclass controls class attribute reads
# ---
class D:
    def __get__(self, obj, owner):
        return "meta descriptor for " + obj.__name__
    def __set__(self, obj, value):
        raise AttributeError("read only")
class Meta(type):
    x = D()
class A(metaclass=Meta):
    x = "class dict"
print(A.x)
print(A().x)
