# ---
# features: [lists, containers]
# dialect: py2+3
# description: extending a list with itself doubles it
# ---
l = [1, 2]
l.extend(l)
print(l)
