# ---
# features: [attribute-lookup, attributes, builtins]
# dialect: py2+3
# description: getattr() with a default swallows only AttributeError
# ---
class A(object):
    @property
    def bad(self):
        raise ValueError("inside")
    @property
    def missing(self):
        raise AttributeError("inside")
print(getattr(A(), "missing", "default"))
try:
    getattr(A(), "bad", "default")
except ValueError:
    print("ValueError")
