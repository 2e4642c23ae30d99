# ---
# features: [binary-ops, operator-dispatch, special-lookup]
# dialect: py2+3
# description: __getattr__ is not consulted for the operator's special method
# ---
class A(object):
    def __getattr__(self, name):
        return lambda *args: "via getattr " + name
a = A()
print(a.__add__(1))
try:
    a + 1
except TypeError:
    print("TypeError")
