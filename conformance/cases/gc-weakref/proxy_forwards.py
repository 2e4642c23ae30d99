# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: a weakref.proxy forwards attribute access and operators
# ---
import weakref
class O:
    def __init__(self):
        self.v = 5
    def __add__(self, other):
        return self.v + other
o = O()
p = weakref.proxy(o)
print(p.v)
print(p + 1)
p.v = 7
print(o.v)
