# ---
# features: [int, numbers]
# dialect: py2+3
# description: int % 0 ends the program with ZeroDivisionError
# negative: {type: ZeroDivisionError}
# ---
print(10 % 0)
