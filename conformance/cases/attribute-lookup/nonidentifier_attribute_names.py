# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: setattr accepts names that are not identifiers
# ---
class A(object):
    pass
a = A()
setattr(a, "has space", 1)
setattr(a, "1st", 2)
print(getattr(a, "has space") + getattr(a, "1st"))
