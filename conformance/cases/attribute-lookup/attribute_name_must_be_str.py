# ---
# features: [attribute-lookup, attributes, builtins]
# dialect: py3
# description: getattr and setattr require a string attribute name
# ---
class A:
    pass
for fn in (lambda: getattr(A(), 1), lambda: setattr(A(), 2, 0)):
    try:
        fn()
    except TypeError:
        print("TypeError")
