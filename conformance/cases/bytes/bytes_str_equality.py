# ---
# features: [bytes, comparisons]
# dialect: py3
# description: bytes never equal str
# ---
print(b"a" == "a")
print(b"a" == bytearray(b"a"))
print(b"ab" < b"b")
