# ---
# features: [int, numbers, exceptions]
# dialect: py2+3
# description: dividing an int by zero raises ZeroDivisionError for / // and %
# ---
for op in ("1 / 0", "1 // 0", "1 % 0"):
    try:
        eval(op)
    except ZeroDivisionError:
        print("ZeroDivisionError " + op)
