# ---
# features: [attribute-lookup, attributes, slots]
# dialect: py3
# description: reading an unset slot raises AttributeError
# ---
class P:
    __slots__ = ("x",)
p = P()
try:
    p.x
except AttributeError:
    print("AttributeError")
p.x = 5
del p.x
print(hasattr(p, "x"))
