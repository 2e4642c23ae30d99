# ---
# features: [finalizers, gc, exceptions, implementation-defined]
# dialect: py2+3
# description: an exception raised in __del__ is reported on stderr and ignored
# outcomes:
#   refcount-timing: "del\nafter\n"
#   deferred-timing: "after\ndel\n"
#   not-run: "after\n"
# ---
class D(object):
    def __del__(self):
        print("del")
        raise ValueError("ignored")
d = D()
del d
print("after")
