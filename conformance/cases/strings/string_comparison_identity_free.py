# ---
# features: [strings, unicode]
# dialect: py3
# description: equal strings built differently compare equal
# ---
a = "".join(["ab", "c"])
b = "abc"
print(a == b)
print(hash(a) == hash(b))
