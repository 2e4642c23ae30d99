# ---
# features: [comparisons, comparisons, containers]
# dialect: py2+3
# description: container equality and membership treat an identical element as equal even if it is not equal to itself
# ---
class Never(object):
    def __eq__(self, other):
        return False
    def __ne__(self, other):
        return True
x = Never()
print(x == x)
print([x] == [x])
print(x in [x])
print(Never() in [x])
print((x,) == (x,))
