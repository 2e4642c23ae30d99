# ---
# features: [bytes, comparisons]
# dialect: py3
# description: in on bytes accepts an int or a bytes subsequence
# ---
print(98 in b"abc")
print(b"bc" in b"abc")
try:
    "a" in b"abc"
except TypeError:
    print("TypeError")
