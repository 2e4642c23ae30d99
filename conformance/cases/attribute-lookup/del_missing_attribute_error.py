# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: deleting a missing instance attribute raises AttributeError
# ---
class A(object):
    x = 1
a = A()
try:
    del a.x
except AttributeError:
    print("AttributeError")
print(A.x)
