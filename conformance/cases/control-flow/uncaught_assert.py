# ---
# features: [control-flow, exceptions]
# dialect: py2+3
# description: a failing assert ends the program with AssertionError
# negative: {type: AssertionError}
# ---
assert 1 + 1 == 3, "arithmetic"
