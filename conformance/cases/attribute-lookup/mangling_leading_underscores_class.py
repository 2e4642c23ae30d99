# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: leading underscores of the class name are stripped when mangling
# ---
class _Hidden(object):
    __v = 1
print(hasattr(_Hidden, "_Hidden__v"))
