# ---
# features: [context-managers, exceptions]
# dialect: py2+3
# description: an exception raised in __exit__ replaces the body's exception
# ---
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise IndexError("from exit")
try:
    with CM():
        raise KeyError
except Exception as e:
    print(type(e).__name__)
