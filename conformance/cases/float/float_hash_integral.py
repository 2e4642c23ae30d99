# ---
# features: [float, numbers, hashing]
# dialect: py3
# description: an integral float hashes like the equal int
# ---
print(hash(5.0) == hash(5))
print(hash(-1.0))
print(hash(0.0) == hash(-0.0))
