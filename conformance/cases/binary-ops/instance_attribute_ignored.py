# ---
# features: [binary-ops, operator-dispatch, special-lookup]
# dialect: py2+3
# description: 'an __add__ stored on the instance is ignored: special methods are looked up on the type'
# ---
class A(object):
    def __add__(self, other):
        return "type method"
a = A()
a.__add__ = lambda other: "instance attribute"
print(a + 1)
print(a.__add__(1))
