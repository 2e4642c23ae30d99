# ---
# features: [lists, containers]
# dialect: py2+3
# description: negative indices count from the end
# ---
l = [1, 2, 3]
print(l[-1])
print(l[-3])
try:
    l[-4]
except IndexError:
    print("IndexError")
