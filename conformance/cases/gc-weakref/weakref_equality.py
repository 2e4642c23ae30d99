# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: live weak references compare equal when their referents do
# ---
import weakref
class O:
    pass
a = O()
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
print(r1 == r2)
print(hash(r1) == hash(a))
