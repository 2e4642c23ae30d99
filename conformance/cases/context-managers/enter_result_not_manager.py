# ---
# features: [context-managers, control-flow]
# dialect: py2+3
# description: the as-target receives __enter__'s result, not the manager
# ---
class CM(object):
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        pass
m = CM()
with m as v:
    print(v)
    print(v is m)
