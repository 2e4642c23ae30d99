# ---
# features: [closures, scoping, functions]
# dialect: py3
# description: each evaluation of def creates a new function object sharing one code object
# ---
def make():
    def f():
        pass
    return f
a, b = make(), make()
print(a is b)
print(a.__code__ is b.__code__)
