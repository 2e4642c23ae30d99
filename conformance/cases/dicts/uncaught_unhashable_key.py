# ---
# features: [dicts, hashing]
# dialect: py2+3
# description: a list as a dict key ends the program with TypeError
# negative: {type: TypeError}
# ---
d = {}
d[[1, 2]] = "x"
