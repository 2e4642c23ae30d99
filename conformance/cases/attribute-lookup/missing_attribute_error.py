# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: reading a missing attribute raises AttributeError
# negative: {type: AttributeError}
# ---
class A(object):
    pass
A().nope
