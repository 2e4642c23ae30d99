# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: a detached finalize never runs
# ---
import weakref
class O:
    pass
o = O()
f = weakref.finalize(o, print, "never")
print(f.detach() is not None)
print(f.alive)
print("end")
