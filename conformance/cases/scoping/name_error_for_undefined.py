# ---
# features: [scoping, scoping]
# dialect: py2+3
# description: an undefined global name raises NameError
# negative: {type: NameError}
# ---
def f():
    return undefined_name_here
f()
