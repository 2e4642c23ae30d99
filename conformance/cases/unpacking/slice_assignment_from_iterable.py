# ---
# features: [unpacking, lists]
# dialect: py2+3
# description: assigning an iterable to a slice replaces it, changing the length
# ---
l = [0, 1, 2, 3, 4]
l[1:3] = "abcd"
print(l)
l[::2] = [9, 9, 9, 9]
print(l)
