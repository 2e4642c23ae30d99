# ---
# features: [metaclasses, classes]
# dialect: py2+3
# description: type(type) is type and type(object) is type
# ---
print(type(type) is type)
print(type(object) is type)
print(isinstance(type, object))
print(isinstance(object, type))
