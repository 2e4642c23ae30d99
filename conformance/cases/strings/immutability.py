# ---
# features: [strings, exceptions]
# dialect: py2+3
# description: strings cannot be changed in place
# ---
s = "abc"
try:
    s[0] = "x"
except TypeError:
    print("TypeError")
