# ---
# features: [bytes, sequences]
# dialect: py3
# description: bytearray supports item assignment, append and extend
# ---
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
del ba[1]
print(ba)
print(bytes(ba))
