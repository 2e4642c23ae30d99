# ---
# features: [closures, scoping]
# dialect: py3
# description: del of a nonlocal variable empties the shared cell
# ---
def outer():
    v = 1
    def kill():
        nonlocal v
        del v
    def read():
        return v
    kill()
    try:
        read()
    except NameError:
        print("NameError")
outer()
