# ---
# features: [unpacking, assignment]
# dialect: py3
# description: augmented assignment to a tuple target is a SyntaxError
# ---
try:
    compile("a, b += 1, 2", "<t>", "exec")
except SyntaxError:
    print("SyntaxError")
