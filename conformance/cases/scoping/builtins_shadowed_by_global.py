# ---
# features: [scoping, scoping, builtins]
# dialect: py2+3
# description: a global name shadows a builtin of the same name
# ---
def use():
    return len([1, 2, 3])
print(use())
len = lambda x: "shadowed"
print(use())
del len
print(use())
