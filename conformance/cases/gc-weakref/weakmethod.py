# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: WeakMethod recreates the bound method of a live object
# ---
import weakref
class O:
    def m(self):
        return "method result"
o = O()
wm = weakref.WeakMethod(o.m)
print(wm()())
print(wm().__func__ is O.m)
print(wm().__self__ is o)
