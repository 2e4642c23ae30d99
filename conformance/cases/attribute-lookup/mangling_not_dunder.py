# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: names with two trailing underscores are not mangled
# ---
class A(object):
    __x__ = "dunder"
    __y = "private"
print(A.__x__)
print(sorted(k for k in A.__dict__ if "x" in k or "y" in k))
