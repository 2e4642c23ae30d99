# ---
# features: [int, numbers, exceptions]
# dialect: py2+3
# description: int() rejects malformed strings with ValueError
# ---
for s in ("", "1.5", "12a", "0x10"):
    try:
        int(s)
        print("parsed " + s)
    except ValueError:
        print("ValueError %r" % s)
