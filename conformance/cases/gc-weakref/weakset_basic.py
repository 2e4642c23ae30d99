# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: a WeakSet holds live objects
# ---
import weakref
class O:
    pass
a, b = O(), O()
s = weakref.WeakSet([a, b, a])
print(len(s))
print(a in s)
