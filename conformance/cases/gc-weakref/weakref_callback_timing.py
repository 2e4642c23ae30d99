# ---
# features: [gc-weakref, weakref, implementation-defined]
# dialect: py2+3
# description: a weakref callback runs when the referent dies, receiving the dead reference
# outcomes:
#   refcount-timing: "callback True\nafter\n"
#   deferred-timing: "after\ncallback True\n"
#   not-run: "after\n"
# ---
import weakref
class O(object):
    pass
def cb(ref):
    print("callback %s" % (ref() is None))
o = O()
r = weakref.ref(o, cb)
del o
print("after")
