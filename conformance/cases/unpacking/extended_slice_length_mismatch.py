# ---
# features: [unpacking, lists, exceptions]
# dialect: py2+3
# description: assigning to an extended slice requires equal length
# ---
l = [0, 1, 2, 3]
try:
    l[::2] = [1, 2, 3]
except ValueError:
    print("ValueError")
