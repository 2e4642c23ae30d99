# ---
# features: [attribute-lookup, attributes]
# dialect: py2+3
# description: assigning through an instance never changes the class attribute
# ---
class A(object):
    items = []
    count = 0
a = A()
b = A()
a.count += 1
a.items.append(1)
print(A.count)
print(b.items)
print(a.count)
