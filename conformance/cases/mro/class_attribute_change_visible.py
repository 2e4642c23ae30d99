# ---
# features: [mro, classes]
# dialect: py2+3
# description: changing a base class attribute is visible through subclasses
# ---
class A(object):
    x = 1
class B(A):
    pass
b = B()
A.x = 2
print(b.x)
B.x = 3
print(b.x)
print(A.x)
