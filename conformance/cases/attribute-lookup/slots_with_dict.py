# ---
# features: [attribute-lookup, attributes, slots]
# dialect: py3
# description: listing __dict__ in __slots__ re-enables arbitrary attributes
# ---
class P:
    __slots__ = ("x", "__dict__")
p = P()
p.x = 1
p.other = 2
print(p.__dict__)
