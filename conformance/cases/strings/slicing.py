# ---
# features: [strings, sequences]
# dialect: py2+3
# description: string slicing with negative indices and steps
# ---
s = "abcdefgh"
print(s[2:5])
print(s[-3:])
print(s[::2])
print(s[::-1])
print(s[5:2:-1])
print(repr(s[10:]))
