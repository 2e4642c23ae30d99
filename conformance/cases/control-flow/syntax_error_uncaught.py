# ---
# features: [control-flow, syntax]
# dialect: py3
# description: a program with invalid syntax ends with SyntaxError and prints nothing
# negative: {type: SyntaxError}
# ---
print("never printed")
x = = 1
