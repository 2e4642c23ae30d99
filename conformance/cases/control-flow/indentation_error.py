# ---
# features: [control-flow, syntax, exceptions]
# dialect: py3
# description: inconsistent indentation raises IndentationError, a SyntaxError subclass
# ---
try:
    compile("if 1:\n  a = 1\n    b = 2\n", "<case>", "exec")
except IndentationError as e:
    print(type(e).__name__, isinstance(e, SyntaxError))
