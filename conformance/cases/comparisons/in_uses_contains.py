# ---
# features: [comparisons, comparisons, containers]
# dialect: py2+3
# description: '`in` calls __contains__ and converts its result to bool'
# ---
class C(object):
    def __contains__(self, item):
        return item * 2
print(3 in C())
print(0 in C())
print(0 not in C())
