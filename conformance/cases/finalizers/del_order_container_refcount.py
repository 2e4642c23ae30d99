# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py3
# description: finalizers of items in a dropped list run at once, in some order, under refcounting
# outcomes:
#   refcount-reverse: "del b\ndel a\nafter\n"
#   refcount-forward: "del a\ndel b\nafter\n"
#   deferred-forward: "after\ndel a\ndel b\n"
#   deferred-reverse: "after\ndel b\ndel a\n"
#   not-run: "after\n"
# ---
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [D("a"), D("b")]
del items
print("after")
