# ---
# features: [comparisons, operator-dispatch]
# dialect: py3
# description: the default __ne__ returns NotImplemented when __eq__ does, then falls back to identity
# ---
class A:
    def __eq__(self, other):
        return NotImplemented
a = A()
print(a.__ne__(A()))
print(a != A())
print(a != a)
