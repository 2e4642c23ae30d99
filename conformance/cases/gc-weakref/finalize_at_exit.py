# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: weakref.finalize runs its callback at exit for objects still alive
# ---
import weakref
class O:
    pass
o = O()
weakref.finalize(o, print, "finalize ran")
print("end of program")
