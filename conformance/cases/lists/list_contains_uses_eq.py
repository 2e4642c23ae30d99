# ---
# features: [lists, comparisons]
# dialect: py2+3
# description: in on a list uses == after identity
# ---
class Any(object):
    def __eq__(self, other):
        return True
print(5 in [Any()])
print(Any() in [1])
