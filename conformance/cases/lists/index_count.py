# ---
# features: [lists, containers]
# dialect: py2+3
# description: index with bounds and count
# ---
l = [1, 2, 3, 2, 1]
print(l.index(2))
print(l.index(2, 2))
print(l.count(1))
try:
    l.index(2, 4)
except ValueError:
    print("ValueError")
