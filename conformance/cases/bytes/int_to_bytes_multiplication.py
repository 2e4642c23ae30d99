# ---
# features: [bytes, sequences]
# dialect: py3
# description: bytes repeat and bytearray *= in place
# ---
print(b"ab" * 3)
ba = bytearray(b"x")
alias = ba
ba *= 3
print(alias)
