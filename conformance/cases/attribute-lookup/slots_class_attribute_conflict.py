# ---
# features: [attribute-lookup, attributes, slots]
# dialect: py3
# description: a name both in __slots__ and as a class attribute is a ValueError
# ---
try:
    class P:
        __slots__ = ("x",)
        x = 1
except ValueError:
    print("ValueError")
