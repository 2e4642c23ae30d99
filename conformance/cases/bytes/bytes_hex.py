# ---
# features: [bytes, formatting]
# dialect: py3
# description: hex() and fromhex()
# ---
print(b"\x01\xab".hex())
print(bytes.fromhex("01 ab ff"))
print(b"\x01\x02\x03".hex(":"))
