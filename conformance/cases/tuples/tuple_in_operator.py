# ---
# features: [tuples, comparisons]
# dialect: py2+3
# description: in on tuples uses equality
# ---
print(2.0 in (1, 2, 3))
print("a" in ("ab",))
