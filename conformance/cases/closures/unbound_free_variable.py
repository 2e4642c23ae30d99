# ---
# features: [closures, scoping, exceptions]
# dialect: py2+3
# description: reading a captured variable before it is assigned raises NameError
# ---
def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__)
    late = 1
    return inner()
print(outer())
