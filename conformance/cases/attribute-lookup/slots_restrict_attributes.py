# ---
# features: [attribute-lookup, attributes, slots]
# dialect: py3
# description: __slots__ prevents attributes not listed
# ---
class P:
    __slots__ = ("x", "y")
p = P()
p.x = 1
try:
    p.z = 3
except AttributeError:
    print("AttributeError")
print(hasattr(p, "__dict__"))
print(p.x)
