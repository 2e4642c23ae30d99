# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: an AttributeError raised by a descriptor's __get__ triggers __getattr__
# ---
class D(object):
    def __get__(self, obj, owner):
        raise AttributeError("nope")
class A(object):
    x = D()
    def __getattr__(self, name):
        return "getattr " + name
print(A().x)
