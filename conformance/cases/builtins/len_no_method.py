# ---
# features: [builtins, exceptions]
# dialect: py2+3
# description: len() of an object without __len__ raises TypeError
# ---
try:
    len(5)
except TypeError:
    print("TypeError")
