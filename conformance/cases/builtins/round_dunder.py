# ---
# features: [builtins, operator-dispatch]
# dialect: py3
# description: round() calls __round__
# ---
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()))
print(round(R(), 2))
