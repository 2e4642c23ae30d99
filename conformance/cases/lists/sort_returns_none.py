# ---
# features: [lists, containers]
# dialect: py2+3
# description: list.sort sorts in place and returns None
# ---
l = [3, 1, 2]
print(l.sort())
print(l)
