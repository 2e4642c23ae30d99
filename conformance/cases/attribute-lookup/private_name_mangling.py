# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: __name inside a class body is mangled to _Class__name
# ---
class A(object):
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
a = A()
print(a.get())
print(a._A__secret)
print(hasattr(a, "__secret"))
