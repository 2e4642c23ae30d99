# ---
# features: [control-flow, syntax]
# dialect: py3
# description: compile() of code with a syntax error raises SyntaxError with a line number
# ---
try:
    compile("x = (1,\ny = 2\n", "<case>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.lineno is not None)
