# ---
# features: [tuples, exceptions]
# dialect: py2+3
# description: assigning into a tuple ends the program with TypeError
# negative: {type: TypeError}
# ---
t = (1, 2)
t[0] = 3
