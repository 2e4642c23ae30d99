# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: weakref.getweakrefs lists the references to an object
# ---
import weakref
class O:
    pass
o = O()
r1 = weakref.ref(o)
r2 = weakref.ref(o, lambda r: None)
print(len(weakref.getweakrefs(o)))
