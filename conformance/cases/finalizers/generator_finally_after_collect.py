# ---
# features: [finalizers, generators, gc, implementation-defined]
# dialect: py3
# description: gc.collect() finalizes a dropped, suspended generator
# outcomes:
#   finalized-by-collect: "finally\ncollected\n"
#   asynchronous-finalizer: "collected\nfinally\n"
# ---
import gc
def g():
    try:
        yield 1
    finally:
        print("finally")
it = g()
next(it)
del it
gc.collect()
print("collected")
