# ---
# features: [strings, builtins]
# dialect: py2+3
# description: ord and chr are inverses
# ---
print(ord("A"))
print(chr(97))
print(chr(ord("z") - 25))
try:
    ord("ab")
except TypeError:
    print("TypeError")
