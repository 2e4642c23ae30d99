# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: an instance attribute shadows a plain class attribute
# ---
class A(object):
    x = "class"
a = A()
print(a.x)
a.x = "instance"
print(a.x)
print(A.x)
del a.x
print(a.x)
