# ---
# features: [attribute-lookup, attributes, metaclasses]
# dialect: py2+3
# description: a __getattr__ defined in a class does not apply to the class object itself
# ---
class A(object):
    def __getattr__(self, name):
        return "inst " + name
print(A().foo)
try:
    A.foo
except AttributeError:
    print("AttributeError")
