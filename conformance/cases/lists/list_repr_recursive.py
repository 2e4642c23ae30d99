# ---
# features: [lists, containers, formatting]
# dialect: py3
# description: a list containing itself prints as [...]
# ---
l = [1]
l.append(l)
print(l)
