# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: a < b falls back to b.__gt__(a) when a.__lt__ returns NotImplemented
# ---
class A(object):
    def __lt__(self, other):
        return NotImplemented
class B(object):
    def __gt__(self, other):
        return "B.__gt__"
print(A() < B())
