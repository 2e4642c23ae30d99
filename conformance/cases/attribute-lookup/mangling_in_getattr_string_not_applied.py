# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: getattr() with a string is not mangled
# ---
class A(object):
    __v = 1
    def via_getattr(self):
        return getattr(self, "__v", "missing")
    def via_name(self):
        return self.__v
print(A().via_getattr())
print(A().via_name())
