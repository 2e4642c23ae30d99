# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: a local object is finalized when its function returns under refcounting
# outcomes:
#   refcount-timing: "in f\ndel\nreturned\n"
#   deferred-timing: "in f\nreturned\ndel\n"
#   not-run: "in f\nreturned\n"
# ---
class D(object):
    def __del__(self):
        print("del")
def f():
    d = D()
    print("in f")
f()
print("returned")
