# ---
# features: [gc-weakref, weakref]
# dialect: py3
# description: ints, strs, tuples and lists cannot be weakly referenced
# ---
import weakref
for v in (1, "s", (1,), [1]):
    try:
        weakref.ref(v)
    except TypeError:
        print("TypeError", type(v).__name__)
