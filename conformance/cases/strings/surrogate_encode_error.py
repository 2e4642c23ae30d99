# ---
# features: [strings, unicode, exceptions]
# dialect: py3
# description: a lone surrogate cannot be encoded to UTF-8
# ---
s = "\ud800"
try:
    s.encode("utf-8")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
print(s.encode("utf-8", "surrogatepass"))
