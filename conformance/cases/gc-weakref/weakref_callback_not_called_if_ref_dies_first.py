# ---
# features: [gc-weakref, weakref, implementation-defined]
# dialect: py3
# description: a callback is not called when the weak reference object itself died first
# outcomes:
#   not-called: "end\n"
# ---
import gc
import weakref
class O:
    pass
o = O()
r = weakref.ref(o, lambda ref: print("callback"))
del r
del o
gc.collect()
print("end")
