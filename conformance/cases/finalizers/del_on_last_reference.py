# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: __del__ runs when the last reference goes (refcounting) or later at a collection or exit, or never
# outcomes:
#   refcount-timing: "del\nafter\n"
#   deferred-timing: "after\ndel\n"
#   not-run: "after\n"
# ---
class D(object):
    def __del__(self):
        print("del")
d = D()
del d
print("after")
