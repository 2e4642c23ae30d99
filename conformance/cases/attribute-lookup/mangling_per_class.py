# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: each class in a hierarchy mangles private names with its own name
# ---
class A(object):
    def __init__(self):
        self.__v = "A"
class B(A):
    def __init__(self):
        A.__init__(self)
        self.__v = "B"
b = B()
print(b._A__v)
print(b._B__v)
