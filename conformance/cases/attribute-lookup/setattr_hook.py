# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: __setattr__ intercepts every assignment including in __init__
# ---
log = []
class A(object):
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        log.append((name, value))
        object.__setattr__(self, name, value)
a = A()
a.y = 2
setattr(a, "z", 3)
print(log)
print(a.x + a.y + a.z)
