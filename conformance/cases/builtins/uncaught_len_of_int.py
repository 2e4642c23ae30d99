# ---
# features: [builtins, exceptions]
# dialect: py2+3
# description: len() of an int ends the program with TypeError
# negative: {type: TypeError}
# ---
len(5)
