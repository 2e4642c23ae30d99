# ---
# features: [context-managers, exceptions]
# dialect: py2+3
# description: an exception in __enter__ means __exit__ is not called
# ---
class CM(object):
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit")
try:
    with CM():
        print("body")
except RuntimeError:
    print("RuntimeError")
