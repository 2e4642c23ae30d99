# ---
# features: [descriptors, attributes, functions]
# dialect: py3
# description: reading a method on the class gives the plain function in Python 3
# ---
class A:
    def m(self):
        return "called with " + type(self).__name__
print(type(A.m).__name__)
print(A.m(5))
