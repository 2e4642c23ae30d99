# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: property setter and deleter are called on assignment and del
# ---
class A(object):
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("setter %r" % (value,))
        self._v = value
    @v.deleter
    def v(self):
        print("deleter")
a = A()
a.v = 3
print(a.v)
del a.v
