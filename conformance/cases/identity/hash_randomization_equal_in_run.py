# ---
# features: [identity, hashing, strings]
# dialect: py3
# description: a string's hash is stable within one run and equal strings hash equal
# ---
s = "".join(["ab", "c"])
print(hash(s) == hash("abc"))
print(hash(s) == hash(s))
