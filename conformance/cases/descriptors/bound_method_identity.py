# ---
# features: [descriptors, attributes, functions]
# dialect: py3
# description: each attribute read creates a fresh bound method that compares equal
# ---
class A:
    def m(self):
        pass
a = A()
print(a.m is a.m)
print(a.m == a.m)
print(a.m.__self__ is a)
print(a.m.__func__ is A.m)
