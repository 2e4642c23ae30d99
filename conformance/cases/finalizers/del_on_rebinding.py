# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: rebinding the only name to another object finalizes the old object at once under refcounting
# outcomes:
#   refcount-timing: "del 1\nrebound\n"
#   deferred-timing: "rebound\ndel 1\n"
#   not-run: "rebound\n"
# ---
class D(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        if self.n == 1:
            print("del %d" % self.n)
x = D(1)
x = D(2)
print("rebound")
