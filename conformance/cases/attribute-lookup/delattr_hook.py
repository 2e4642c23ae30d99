# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: __delattr__ intercepts del statements and delattr()
# ---
log = []
class A(object):
    def __delattr__(self, name):
        log.append(name)
        object.__delattr__(self, name)
a = A()
a.x = 1
a.y = 2
del a.x
delattr(a, "y")
print(log)
print(hasattr(a, "x"))
