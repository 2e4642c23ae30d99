# ---
# features: [comparisons, comparisons]
# dialect: py2+3
# description: is compares identity, never calls __eq__
# ---
class A(object):
    def __eq__(self, other):
        print("eq called")
        return True
a = A()
b = A()
print(a is b)
print(a is a)
print(a is not b)
