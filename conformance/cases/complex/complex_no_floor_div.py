# ---
# features: [complex, numbers]
# dialect: py3
# description: // and % are not defined for complex
# ---
for expr in ("1j // 1", "1j % 1", "divmod(1j, 1)"):
    try:
        eval(expr)
    except TypeError:
        print("TypeError " + expr)
