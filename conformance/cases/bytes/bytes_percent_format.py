# ---
# features: [bytes, formatting]
# dialect: py3
# description: bytes support %-formatting
# ---
print(b"%d-%s-%x" % (5, b"ab", 255))
print(b"%c" % 65)
