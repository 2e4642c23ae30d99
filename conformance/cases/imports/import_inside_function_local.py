# ---
# features: [imports, modules, scoping]
# dialect: py2+3
# description: an import inside a function binds a local name
# ---
def f():
    import math
    return math.sqrt(16.0)
print(f())
try:
    math
except NameError:
    print("NameError")
