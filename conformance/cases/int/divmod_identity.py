# ---
# features: [int, numbers]
# dialect: py2+3
# description: divmod(a, b) satisfies q * b + r == a for all sign combinations
# ---
for a in (17, -17):
    for b in (5, -5):
        q, r = divmod(a, b)
        print("%d %d %s" % (q, r, q * b + r == a))
