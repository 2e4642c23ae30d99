# ---
# features: [lists, containers]
# dialect: py3
# description: clear and copy methods
# ---
a = [1, 2]
b = a.copy()
a.clear()
print(a)
print(b)
