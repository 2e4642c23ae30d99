# ---
# features: [lists, containers]
# dialect: py2+3
# description: append, extend and insert
# ---
l = [1]
l.append([2])
l.extend([3, 4])
l.insert(0, 0)
l.insert(100, "end")
l.insert(-1, "before end")
print(l)
