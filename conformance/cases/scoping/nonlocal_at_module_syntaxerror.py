# ---
# features: [scoping, scoping]
# dialect: py3
# description: nonlocal naming a global only is a SyntaxError at compile time
# ---
try:
    compile("def f():\n    nonlocal q\n", "<t>", "exec")
except SyntaxError:
    print("SyntaxError")
