# ---
# features: [closures, scoping, classes]
# dialect: py3
# description: methods of a class defined in a function close over the function's locals
# ---
def make(prefix):
    class Greeter:
        def hi(self, name):
            return prefix + name
    return Greeter
print(make("hello ")().hi("you"))
