# ---
# features: [bytes, exceptions]
# dialect: py3
# description: assigning into bytes raises TypeError
# ---
b = b"abc"
try:
    b[0] = 1
except TypeError:
    print("TypeError")
