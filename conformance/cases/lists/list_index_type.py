# ---
# features: [lists, containers, exceptions]
# dialect: py3
# description: list indices must be integers or have __index__
# ---
l = [10, 20, 30]
class I:
    def __index__(self):
        return 2
print(l[I()])
try:
    l[1.0]
except TypeError:
    print("TypeError")
