# ---
# features: [float, numbers, exceptions]
# dialect: py2+3
# description: dividing a float by zero raises ZeroDivisionError
# ---
for expr in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "0.0 ** -1"):
    try:
        eval(expr)
    except ZeroDivisionError:
        print("ZeroDivisionError " + expr)
