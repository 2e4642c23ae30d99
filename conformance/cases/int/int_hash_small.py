# ---
# features: [int, numbers, hashing]
# dialect: py3
# description: small ints hash to themselves and -1 hashes to -2
# ---
print(hash(0))
print(hash(12345))
print(hash(-1))
print(hash(-2))
