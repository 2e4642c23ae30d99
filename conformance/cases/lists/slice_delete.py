# ---
# features: [lists, containers]
# dialect: py2+3
# description: del with slices and steps
# ---
l = list(range(10))
del l[::3]
print(l)
del l[1:3]
print(l)
