# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: a descriptor with only __set__ is a data descriptor; reading falls back to the descriptor object itself
# ---
class D(object):
    def __set__(self, obj, value):
        print("set %r" % (value,))
class A(object):
    x = D()
a = A()
a.x = 5
a.__dict__["x"] = "instance"
print(type(a.x).__name__)
