# ---
# features: [gc-weakref, weakref, gc, implementation-defined]
# dialect: py3
# description: a WeakKeyDictionary entry disappears after its key is collected
# outcomes:
#   removed: "1\n0\n"
#   asynchronous-collector: "1\n1\n"
# ---
import gc
import weakref
class K:
    pass
d = weakref.WeakKeyDictionary()
k = K()
d[k] = "v"
print(len(d))
del k
gc.collect()
print(len(d))
