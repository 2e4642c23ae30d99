# ---
# features: [strings, unicode]
# dialect: py3
# description: len and indexing count code points
# ---
s = "h\u00e9llo \U0001F600"
print(len(s))
print(ord(s[1]))
print(hex(ord(s[-1])))
