# ---
# features: [strings, sequences, exceptions]
# dialect: py2+3
# description: indexing past the end raises IndexError but slicing does not
# ---
s = "abc"
try:
    s[3]
except IndexError:
    print("IndexError")
print(repr(s[3:100]))
print(s[-3])
