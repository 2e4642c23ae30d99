# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: a temporary object is finalized as soon as the call on it returns under refcounting, before its result is printed
# outcomes:
#   refcount-timing: "del\nused\nnext\n"
#   deferred-timing: "used\nnext\ndel\n"
#   not-run: "used\nnext\n"
# ---
class T(object):
    def use(self):
        return "used"
    def __del__(self):
        print("del")
print(T().use())
print("next")
