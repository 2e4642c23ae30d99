# ---
# features: [binary-ops, operator-dispatch, strings]
# dialect: py2+3
# description: str + custom object reaches the custom __radd__
# ---
class Suffix(object):
    def __radd__(self, other):
        return other + "!"
print("hello" + Suffix())
