# ---
# features: [gc-weakref, weakref, gc, implementation-defined]
# dialect: py2+3
# description: after gc.collect() a weak reference to garbage is cleared, unless the collector is asynchronous
# outcomes:
#   cleared-by-collect: "True\n"
#   asynchronous-collector: "False\n"
# ---
import gc
import weakref
class O(object):
    pass
o = O()
r = weakref.ref(o)
del o
gc.collect()
print(r() is None)
