# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: __get__ receives obj=None when accessed on the class
# ---
class D(object):
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class A(object):
    x = D()
print(A.x)
print(A().x)
