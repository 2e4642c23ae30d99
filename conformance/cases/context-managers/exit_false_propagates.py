# ---
# features: [context-managers, exceptions]
# dialect: py2+3
# description: a false return from __exit__ lets the exception propagate
# ---
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
try:
    with CM():
        raise ValueError
except ValueError:
    print("propagated")
