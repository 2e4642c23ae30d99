# ---
# features: [bytes, builtins]
# dialect: py3
# description: string-like methods on bytes
# ---
print(b"a,b,c".split(b","))
print(b"  x  ".strip())
print(b"-".join([b"a", b"b"]))
print(b"Hello".upper())
print(b"abc".replace(b"b", b"BB"))
print(b"abcabc".count(b"bc"))
