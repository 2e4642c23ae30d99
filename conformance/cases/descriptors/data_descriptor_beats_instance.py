# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: a data descriptor on the class wins over the instance __dict__
# ---
class D(object):
    def __get__(self, obj, owner):
        return "descriptor"
    def __set__(self, obj, value):
        pass
class A(object):
    x = D()
a = A()
a.__dict__["x"] = "instance"
print(a.x)
