# ---
# features: [lists, containers, exceptions]
# dialect: py2+3
# description: pop by index and remove by value
# ---
l = [1, 2, 3, 2]
print(l.pop())
print(l.pop(0))
l.remove(2)
print(l)
try:
    l.remove(99)
except ValueError:
    print("ValueError")
try:
    [].pop()
except IndexError:
    print("IndexError")
