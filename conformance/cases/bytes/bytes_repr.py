# ---
# features: [bytes, formatting]
# dialect: py3
# description: bytes repr shows printable ASCII and escapes the rest
# ---
print(b"\x00\x01ab\x7f\x80\xff")
print(repr(b"'"))
print(repr(b"\"'"))
print(b"\t\n\r")
