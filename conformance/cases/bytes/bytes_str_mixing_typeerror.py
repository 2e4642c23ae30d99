# ---
# features: [bytes, operator-dispatch, exceptions]
# dialect: py3
# description: bytes and str do not mix in concatenation
# ---
try:
    b"a" + "b"
except TypeError:
    print("TypeError")
print(b"a" + bytearray(b"b"))
print(type(bytearray(b"a") + b"b").__name__)
