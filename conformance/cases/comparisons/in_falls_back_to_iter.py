# ---
# features: [comparisons, comparisons, containers]
# dialect: py2+3
# description: without __contains__, `in` iterates with __iter__
# ---
class C(object):
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in C())
print(5 in C())
