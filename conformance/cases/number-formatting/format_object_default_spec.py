# ---
# features: [number-formatting, formatting, exceptions]
# dialect: py3
# description: object.__format__ rejects a non-empty spec
# ---
class T:
    def __str__(self):
        return "str"
print(format(T(), ""))
try:
    format(T(), "10")
except TypeError:
    print("TypeError")
