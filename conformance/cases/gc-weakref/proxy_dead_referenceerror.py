# ---
# features: [gc-weakref, weakref, gc, implementation-defined]
# dialect: py3
# description: using a proxy to a collected object raises ReferenceError
# outcomes:
#   collected: "ReferenceError\n"
#   asynchronous-collector: "still alive\n"
# ---
import gc
import weakref
class O:
    v = 1
o = O()
p = weakref.proxy(o)
del o
gc.collect()
try:
    p.v
    print("still alive")
except ReferenceError:
    print("ReferenceError")
