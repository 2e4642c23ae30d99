# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: an uncaught ZeroDivisionError ends the program
# negative: {type: ZeroDivisionError}
# ---
x = 0
print(1 // x)
