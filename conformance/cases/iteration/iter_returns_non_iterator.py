# ---
# features: [iteration, protocols, exceptions]
# dialect: py3
# description: __iter__ returning a non-iterator raises TypeError
# ---
class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError:
    print("TypeError")
