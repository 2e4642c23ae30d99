# ---
# features: [context-managers, unpacking]
# dialect: py2+3
# description: the with target can be a tuple pattern
# ---
class CM(object):
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        pass
with CM() as (a, (b, c)):
    print(a + b + c)
