# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: a descriptor stored in an instance __dict__ is returned as-is
# ---
class D(object):
    def __get__(self, obj, owner):
        return "bound"
class A(object):
    pass
a = A()
a.d = D()
print(type(a.d).__name__)
