# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py2+3
# description: tuple += int ends the program with TypeError
# negative: {type: TypeError}
# ---
t = (1,)
t += 1
