# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: __getattribute__ runs for every attribute access
# ---
log = []
class A(object):
    y = 1
    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)
a = A()
a.y
a.y
print(log)
