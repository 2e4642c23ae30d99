# ---
# features: [scoping, exceptions]
# dialect: py2+3
# description: reading a local before assignment ends the program with UnboundLocalError
# negative: {type: UnboundLocalError}
# ---
x = 1
def f():
    print(x)
    x = 2
f()
