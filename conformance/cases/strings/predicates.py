# ---
# features: [strings, unicode]
# dialect: py3
# description: isdigit, isalpha, isspace, isidentifier and friends
# ---
for s in ("123", "abc", "a1", " \t", "", "\u0663", "x_1", "1x"):
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier())
