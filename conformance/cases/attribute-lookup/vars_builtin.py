# ---
# features: [attribute-lookup, attributes, builtins]
# dialect: py2+3
# description: vars(obj) returns the object's __dict__ itself
# ---
class A(object):
    pass
a = A()
vars(a)["k"] = 1
print(a.k)
try:
    vars(1)
except TypeError:
    print("TypeError")
