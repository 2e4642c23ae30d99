# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: __getattr__ runs only when normal lookup fails
# ---
class A(object):
    y = 1
    def __getattr__(self, name):
        return "getattr " + name
a = A()
a.x = 0
print(a.x)
print(a.y)
print(a.z)
