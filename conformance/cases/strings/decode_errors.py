# ---
# features: [strings, unicode, bytes, exceptions]
# dialect: py3
# description: invalid UTF-8 raises UnicodeDecodeError unless an error handler is given
# ---
b = b"ab\xffcd"
try:
    b.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end)
print(b.decode("utf-8", "replace"))
print(b.decode("utf-8", "ignore"))
print(b.decode("utf-8", "backslashreplace"))
