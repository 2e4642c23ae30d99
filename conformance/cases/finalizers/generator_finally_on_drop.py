# ---
# features: [finalizers, generators, implementation-defined]
# dialect: py3
# description: an unfinished generator's finally runs when it is dropped (refcounting) or at some later collection
# outcomes:
#   refcount-timing: "yielded\nfinally\nafter\n"
#   deferred-timing: "yielded\nafter\nfinally\n"
#   not-run: "yielded\nafter\n"
# ---
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
it = g()
print("yielded" if next(it) == 1 else "?")
del it
print("after")
