# ---
# features: [finalizers, gc, exceptions, implementation-defined]
# dialect: py3
# description: an object referenced from a caught exception's traceback lives until the except block ends
# outcomes:
#   refcount-timing: "in handler\ndel\nafter\n"
#   deferred-timing: "in handler\nafter\ndel\n"
#   not-run: "in handler\nafter\n"
# ---
class D:
    def __del__(self):
        print("del")
def f():
    d = D()
    raise ValueError
try:
    f()
except ValueError:
    print("in handler")
print("after")
