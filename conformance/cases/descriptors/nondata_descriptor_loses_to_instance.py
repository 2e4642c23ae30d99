# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: a non-data descriptor is shadowed by the instance __dict__
# ---
class D(object):
    def __get__(self, obj, owner):
        return "descriptor"
class A(object):
    x = D()
a = A()
print(a.x)
a.__dict__["x"] = "instance"
print(a.x)
