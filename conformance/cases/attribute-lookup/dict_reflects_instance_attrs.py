# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: __dict__ holds the instance attributes and writes to it are visible
# ---
class A(object):
    pass
a = A()
a.x = 1
a.__dict__["y"] = 2
print(sorted(a.__dict__.items()))
print(a.y)
