# ---
# features: [strings, builtins]
# dialect: py2+3
# description: str.index of a missing substring ends the program with ValueError
# negative: {type: ValueError}
# ---
"abc".index("z")
