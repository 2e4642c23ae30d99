# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py2+3
# description: x += y calls __iadd__ when it exists
# ---
class A(object):
    def __iadd__(self, other):
        return "iadd"
    def __add__(self, other):
        return "add"
a = A()
a += 1
print(a)
