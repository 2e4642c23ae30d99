# ---
# features: [lists, containers]
# dialect: py2+3
# description: reverse in place and reversed iterator
# ---
l = [1, 2, 3]
r = reversed(l)
l.reverse()
print(l)
print(list(r))
