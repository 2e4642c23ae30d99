# ---
# features: [scoping, scoping]
# dialect: py3
# description: a name used before its global declaration is a SyntaxError
# ---
try:
    compile("def f():\n    y = 1\n    global y\n", "<t>", "exec")
except SyntaxError:
    print("SyntaxError")
