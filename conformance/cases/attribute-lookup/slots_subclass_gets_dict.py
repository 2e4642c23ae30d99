# ---
# features: [attribute-lookup, attributes, slots]
# dialect: py3
# description: a subclass without __slots__ has a __dict__ again
# ---
class P:
    __slots__ = ("x",)
class Q(P):
    pass
q = Q()
q.x = 1
q.z = 2
print(q.__dict__)
