# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: a finalizer still sees its own attributes whenever it runs
# outcomes:
#   refcount-timing: "payload\nafter\n"
#   deferred-timing: "after\npayload\n"
#   not-run: "after\n"
# ---
class D(object):
    def __init__(self):
        self.data = "payload"
    def __del__(self):
        print(self.data)
d = D()
del d
print("after")
