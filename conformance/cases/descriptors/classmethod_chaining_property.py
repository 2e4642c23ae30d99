# ---
# features: [descriptors, attributes]
# dialect: py3
# description: a property object wrapping a classmethod's __func__ works on instances
# ---
class A:
    def _get(self):
        return "from " + type(self).__name__
    v = property(_get)
class B(A):
    pass
print(B().v)
