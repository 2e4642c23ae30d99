# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py2+3
# description: without __iadd__, x += y falls back to __add__
# ---
class A(object):
    def __add__(self, other):
        return "add"
a = A()
a += 1
print(a)
