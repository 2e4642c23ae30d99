# ---
# features: [builtins, classes]
# dialect: py2+3
# description: bool is a subclass of int
# ---
print(isinstance(True, int))
print(issubclass(bool, int))
print(type(True) is bool)
