# ---
# features: [tuples, hashing, exceptions]
# dialect: py2+3
# description: a tuple is hashable only if all its items are
# ---
print(hash((1, "a")) == hash((1, "a")))
try:
    hash((1, []))
except TypeError:
    print("TypeError")
