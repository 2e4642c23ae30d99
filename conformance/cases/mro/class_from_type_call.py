# ---
# features: [mro, classes]
# dialect: py2+3
# description: type(name, bases, dict) builds a class equivalent to a class statement
# ---
B = type("B", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(B.__name__)
print(B().f())
print(type(B).__name__)
