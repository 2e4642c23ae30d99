# ---
# features: [bytes, builtins]
# dialect: py3
# description: startswith on bytes needs bytes
# ---
print(b"abc".startswith(b"ab"))
try:
    b"abc".startswith("ab")
except TypeError:
    print("TypeError")
