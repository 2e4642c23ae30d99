# ---
# features: [descriptors, attributes, super]
# dialect: py3
# description: methods reached through super() are bound to the original instance
# ---
class A:
    def who(self):
        return type(self).__name__
class B(A):
    def who(self):
        return "B via " + super().who()
print(B().who())
