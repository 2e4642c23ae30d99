# ---
# features: [lists, containers]
# dialect: py2+3
# description: slicing and list() make shallow copies
# ---
inner = [1]
a = [inner, 2]
b = a[:]
c = list(a)
inner.append(9)
b.append(3)
print(a)
print(c)
print(a[0] is c[0])
