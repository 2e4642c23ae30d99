# ---
# features: [calls, functions]
# dialect: py2+3
# description: calling with too many arguments ends the program with TypeError
# negative: {type: TypeError}
# ---
def f(a):
    return a
f(1, 2)
