# ---
# features: [gc-weakref, gc]
# dialect: py3
# description: gc.get_referents of a list includes its items
# ---
import gc
a = object()
l = [a, "x"]
refs = gc.get_referents(l)
print(any(r is a for r in refs))
