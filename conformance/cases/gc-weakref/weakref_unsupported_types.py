# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: lists and dicts cannot be weakly referenced directly, but their subclasses can
# ---
import weakref
class L(list):
    pass
sub = L()
print(weakref.ref(sub)() is sub)
for v in ([1], {"k": 1}):
    try:
        weakref.ref(v)
    except TypeError:
        print("TypeError", type(v).__name__)
