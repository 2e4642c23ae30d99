# ---
# features: [bytes, sequences]
# dialect: py3
# description: slice assignment on bytearray can change its length
# ---
ba = bytearray(b"0123456789")
ba[2:5] = b"X"
print(ba)
ba[::3] = b"...."
print(ba)
