# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: a property computes on read and rejects writes without a setter
# ---
class A(object):
    @property
    def v(self):
        return 42
a = A()
print(a.v)
try:
    a.v = 1
except AttributeError:
    print("AttributeError")
