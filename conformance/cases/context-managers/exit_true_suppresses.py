# ---
# features: [context-managers, exceptions]
# dialect: py2+3
# description: a true return from __exit__ suppresses the exception
# ---
class Suppress(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Suppress():
    1 / 0
print("suppressed")
