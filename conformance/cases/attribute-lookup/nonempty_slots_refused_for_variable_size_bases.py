# ---
# features: [classes, slots]
# dialect: py3
# description: a subclass of int, tuple, bytes or type (builtin types whose instances are of variable size) cannot add slot members; CPython 3.11 raises TypeError "nonempty __slots__ not supported for subtype of ...", before it looks at the names; empty __slots__ is fine
# ---
for base in (int, tuple, bytes, type):
    for slots in ((), ("a",), "a", ("a", "a"), ("__dict__",), ("__weakref__",)):
        try:
            K = type("K", (base,), {"__slots__": slots, "a": 1} if slots == ("a", "a") else
                     {"__slots__": slots})
            print(base.__name__, slots, "made", K.__mro__[1].__name__)
        except (TypeError, ValueError) as e:
            print(base.__name__, slots, type(e).__name__, e)


class Deeper(int):
    pass


for slots in ((), ("b",)):
    try:
        class K(Deeper):
            __slots__ = slots
        print("Deeper", slots, "made")
    except TypeError as e:
        print("Deeper", slots, "TypeError", e)
