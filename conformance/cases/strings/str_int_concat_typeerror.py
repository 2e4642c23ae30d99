# ---
# features: [strings, operator-dispatch, exceptions]
# dialect: py3
# description: str + int raises TypeError
# ---
try:
    "a" + 1
except TypeError:
    print("TypeError")
print("a" + str(1))
