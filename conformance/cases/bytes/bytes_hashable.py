# ---
# features: [bytes, hashing]
# dialect: py3
# description: bytes are hashable and bytearray is not
# ---
print(hash(b"x") == hash(b"x"))
try:
    hash(bytearray(b"x"))
except TypeError:
    print("TypeError")
