# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: property.setter returns a new property and leaves the original unchanged
# ---
p = property(lambda self: 1)
q = p.setter(lambda self, v: None)
print(p is q)
print(p.fset is None)
print(q.fset is None)
