# ---
# features: [bytes, builtins]
# dialect: py3
# description: bytes() from an int, an iterable of ints, and a str with encoding
# ---
print(bytes(3))
print(bytes([65, 66, 67]))
print(bytes("\u00e9", "utf-8"))
try:
    bytes("abc")
except TypeError:
    print("TypeError")
try:
    bytes([256])
except ValueError:
    print("ValueError")
