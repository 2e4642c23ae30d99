# ---
# features: [gc-weakref, weakref, implementation-defined]
# dialect: py2+3
# description: 'a weak reference is cleared when its referent dies: at once under refcounting, later otherwise'
# outcomes:
#   refcount-timing: "True\n"
#   deferred-timing: "False\n"
# ---
import weakref
class O(object):
    pass
o = O()
r = weakref.ref(o)
del o
print(r() is None)
