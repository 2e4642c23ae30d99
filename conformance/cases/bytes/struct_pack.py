# ---
# features: [bytes, builtins]
# dialect: py3
# description: struct packs ints and floats with explicit byte order
# ---
import struct
print(struct.pack(">HI", 1, 2))
print(struct.pack("<h", -2))
print(struct.unpack(">d", struct.pack(">d", 1.5)))
print(struct.calcsize(">bhi"))
