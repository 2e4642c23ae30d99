# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: getattr() honours descriptors the same way dot access does
# ---
class D(object):
    def __get__(self, obj, owner):
        return "via descriptor"
class A(object):
    x = D()
print(getattr(A(), "x"))
