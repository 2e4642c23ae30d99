# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: after del and gc.collect() a garbage object has been finalized, unless the collector runs finalizers asynchronously
# outcomes:
#   finalized-by-collect: "del\ncollected\n"
#   asynchronous-finalizer: "collected\ndel\n"
# ---
import gc
class D(object):
    def __del__(self):
        print("del")
d = D()
del d
gc.collect()
print("collected")
