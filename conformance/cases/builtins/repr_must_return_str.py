# ---
# features: [builtins, exceptions]
# dialect: py3
# description: __repr__ returning a non-string raises TypeError
# ---
class R:
    def __repr__(self):
        return 5
try:
    repr(R())
except TypeError:
    print("TypeError")
