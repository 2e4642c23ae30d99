# ---
# features: [comprehensions, generators]
# dialect: py3
# description: yield inside a comprehension is a SyntaxError
# ---
try:
    compile("def f():\n    return [(yield x) for x in range(3)]\n", "<t>", "exec")
    print("compiled")
except SyntaxError:
    print("SyntaxError")
