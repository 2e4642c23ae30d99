# ---
# features: [closures, scoping]
# dialect: py3
# description: a closure reading a variable its enclosing function has not yet assigned ends the program with NameError
# negative: {type: NameError}
# ---
def outer():
    def inner():
        return later
    inner()
    later = 1
outer()
