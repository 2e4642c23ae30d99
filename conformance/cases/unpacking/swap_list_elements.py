# ---
# features: [unpacking, assignment]
# dialect: py2+3
# description: swapping list elements through tuple assignment
# ---
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
