# ---
# features: [descriptors, attributes]
# dialect: py3
# description: a property takes its __doc__ from the getter
# ---
class A:
    @property
    def v(self):
        "the v doc"
        return 1
print(A.v.__doc__)
