# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: a non-AttributeError from __getattribute__ does not trigger __getattr__
# ---
class A(object):
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "fallback"
try:
    A().x
except KeyError:
    print("KeyError")
