# ---
# features: [attribute-lookup, attributes, builtins]
# dialect: py3
# description: hasattr() is False only on AttributeError; other exceptions propagate
# ---
class A:
    @property
    def a(self):
        raise AttributeError
    @property
    def b(self):
        raise RuntimeError
print(hasattr(A(), "a"))
try:
    hasattr(A(), "b")
except RuntimeError:
    print("RuntimeError")
