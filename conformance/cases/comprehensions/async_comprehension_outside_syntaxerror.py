# ---
# features: [comprehensions, generators]
# dialect: py3
# description: an await inside a comprehension in a plain function is a SyntaxError
# ---
try:
    compile("def f():\n    return [await x for x in y]\n", "<t>", "exec")
    print("compiled")
except SyntaxError:
    print("SyntaxError")
