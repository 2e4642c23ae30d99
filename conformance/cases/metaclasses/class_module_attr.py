# ---
# features: [metaclasses, classes]
# dialect: py3
# description: __module__ of a class defined in the main program is __main__
# ---
class A:
    pass
print(A.__module__)
print(A.__name__)
