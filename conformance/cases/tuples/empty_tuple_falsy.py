# ---
# features: [tuples, truthiness]
# dialect: py2+3
# description: an empty tuple is false, a non-empty one true
# ---
print(bool(()))
print(bool((0,)))
print(bool((None,)))
