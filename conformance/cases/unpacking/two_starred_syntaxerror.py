# ---
# features: [unpacking, assignment]
# dialect: py3
# description: two starred targets in one assignment is a SyntaxError
# ---
try:
    compile("*a, *b = [1, 2]", "<t>", "exec")
except SyntaxError:
    print("SyntaxError")
