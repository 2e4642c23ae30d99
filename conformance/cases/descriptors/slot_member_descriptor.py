# ---
# features: [descriptors, attributes, slots]
# dialect: py3
# description: __slots__ entries are data descriptors on the class
# ---
class P:
    __slots__ = ("x",)
d = P.__dict__["x"]
print(hasattr(d, "__get__"), hasattr(d, "__set__"))
p = P()
d.__set__(p, 9)
print(p.x)
