# ---
# features: [scoping, scoping, builtins]
# dialect: py2+3
# description: eval() with no namespaces sees the caller's locals
# ---
def f():
    local_value = 7
    return eval("local_value * 6")
print(f())
