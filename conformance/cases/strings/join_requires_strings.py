# ---
# features: [strings, builtins, exceptions]
# dialect: py2+3
# description: str.join joins strings and rejects non-strings
# ---
print("-".join(["a", "b", "c"]))
print("".join(reversed("abc")))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
