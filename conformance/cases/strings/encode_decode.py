# ---
# features: [strings, unicode, bytes]
# dialect: py3
# description: encoding to UTF-8 and back
# ---
s = "caf\u00e9 \u20ac"
b = s.encode("utf-8")
print(b)
print(len(b))
print(b.decode("utf-8") == s)
print(s.encode("latin-1", "replace"))
