# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: accessing a property on the class returns the property object
# ---
class A(object):
    @property
    def v(self):
        return 1
print(type(A.v).__name__)
print(A.v.fget(A()))
