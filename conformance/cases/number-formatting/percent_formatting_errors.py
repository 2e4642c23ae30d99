# ---
# features: [number-formatting, formatting, exceptions]
# dialect: py2+3
# description: wrong argument counts in % formatting raise TypeError
# ---
for fmt, args in (("%d %d", (1,)), ("%d", (1, 2)), ("%d", ("s",))):
    try:
        fmt % args
    except TypeError:
        print("TypeError")
