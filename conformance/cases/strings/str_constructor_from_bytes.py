# ---
# features: [strings, unicode, bytes]
# dialect: py3
# description: str() of bytes without encoding gives its repr
# ---
print(str(b"ab"))
print(str(b"ab", "ascii"))
