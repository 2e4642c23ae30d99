# ---
# features: [strings, sequences]
# dialect: py2+3
# description: in on strings is a substring test
# ---
print("ell" in "hello")
print("" in "abc")
print("lo" * 2 in "lolol")
