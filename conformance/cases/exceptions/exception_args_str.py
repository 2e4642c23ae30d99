# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: str() of an exception depends on the number of args
# ---
print(str(ValueError()))
print(str(ValueError("one")))
print(str(ValueError("a", "b")))
print(repr(KeyError("k")))
