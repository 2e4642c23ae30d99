# ---
# features: [float, numbers, exceptions]
# dialect: py2+3
# description: float() rejects malformed strings
# ---
for s in ("", "1.2.3", "abc", "1e"):
    try:
        float(s)
    except ValueError:
        print("ValueError %r" % s)
