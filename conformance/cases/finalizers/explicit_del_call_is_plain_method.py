# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: calling __del__ explicitly is an ordinary call and does not prevent the finalizer later
# outcomes:
#   refcount-timing: "explicit\nimplicit\nafter\n"
#   deferred-timing: "explicit\nafter\nimplicit\n"
#   not-run: "explicit\nafter\n"
# ---
class D(object):
    def __init__(self):
        self.calls = 0
    def __del__(self):
        self.calls += 1
        print("explicit" if self.calls == 1 else "implicit")
d = D()
d.__del__()
del d
print("after")
