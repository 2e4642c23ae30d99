# ---
# features: [descriptors, attributes, functions]
# dialect: py3
# description: setting an attribute on a bound method raises AttributeError
# ---
class A:
    def m(self):
        pass
try:
    A().m.tag = 1
except AttributeError:
    print("AttributeError")
A.m.tag = 2
print(A().m.tag)
