# ---
# features: [strings, unicode]
# dialect: py3
# description: precomposed and decomposed forms differ until normalized
# ---
import unicodedata
a = "\u00e9"
b = "e\u0301"
print(a == b)
print(unicodedata.normalize("NFC", b) == a)
print(len(unicodedata.normalize("NFD", a)))
