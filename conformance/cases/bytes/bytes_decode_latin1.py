# ---
# features: [bytes, unicode]
# dialect: py3
# description: latin-1 decoding maps every byte
# ---
b = bytes(range(250, 256))
s = b.decode("latin-1")
print([ord(c) for c in s])
print(s.encode("latin-1") == b)
