# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: without __eq__ objects compare equal only to themselves
# ---
class A(object):
    pass
a = A()
print(a == a)
print(a == A())
print(a != A())
