# ---
# features: [gc-weakref, weakref, slots]
# dialect: py3
# description: a __slots__ class needs __weakref__ in its slots to be weakly referenced
# ---
import weakref
class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("x", "__weakref__")
try:
    weakref.ref(A())
except TypeError:
    print("TypeError")
b = B()
print(weakref.ref(b)() is b)
