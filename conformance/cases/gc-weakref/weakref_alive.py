# ---
# features: [gc-weakref, weakref]
# dialect: py2+3
# description: a weak reference returns its referent while it is alive
# ---
import weakref
class O(object):
    pass
o = O()
r = weakref.ref(o)
print(r() is o)
