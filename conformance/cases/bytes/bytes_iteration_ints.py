# ---
# features: [bytes, iteration]
# dialect: py3
# description: iterating bytes yields ints
# ---
print([x for x in b"AZ"])
print(sum(b"\x01\x02\x03"))
