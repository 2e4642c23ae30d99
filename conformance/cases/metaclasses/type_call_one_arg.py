# ---
# features: [metaclasses, classes]
# dialect: py2+3
# description: type(x) with one argument returns the type
# ---
print(type(1).__name__)
print(type("s").__name__)
print(type([]) is list)
