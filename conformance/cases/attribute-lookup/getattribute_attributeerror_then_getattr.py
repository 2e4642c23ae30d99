# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: an AttributeError from __getattribute__ falls through to __getattr__
# ---
class A(object):
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
a = A()
print(a.hidden)
