# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: the iterable of a comprehension is iterated exactly once
# ---
class Once(object):
    used = False
    def __iter__(self):
        if Once.used:
            raise RuntimeError("twice")
        Once.used = True
        return iter([1, 2])
print([x for x in Once()])
