# ---
# features: [mro, classes]
# dialect: py3
# description: two builtin bases with incompatible layouts raise TypeError
# ---
try:
    class X(int, str):
        pass
except TypeError:
    print("TypeError")
