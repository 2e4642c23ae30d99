# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: calling a finalize object runs the callback once and marks it dead
# ---
import weakref
class O:
    pass
o = O()
f = weakref.finalize(o, print, "cleanup")
print(f.alive)
f()
f()
print(f.alive)
