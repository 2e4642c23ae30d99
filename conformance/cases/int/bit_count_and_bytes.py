# ---
# features: [int, numbers, bytes]
# dialect: py3
# description: int.to_bytes and int.from_bytes round trip
# ---
print((1024).to_bytes(4, "big"))
print((1024).to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
