# ---
# features: [gc-weakref, weakref, identity]
# dialect: py3
# description: weakref.ref without a callback returns the same reference object for the same referent
# ---
import weakref
class O:
    pass
o = O()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2)
print(weakref.getweakrefcount(o))
