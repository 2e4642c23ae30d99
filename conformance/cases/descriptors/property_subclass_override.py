# ---
# features: [descriptors, attributes, mro]
# dialect: py2+3
# description: a subclass attribute replaces an inherited property entirely
# ---
class A(object):
    @property
    def v(self):
        return "property"
class B(A):
    v = "plain"
print(B().v)
print(A().v)
