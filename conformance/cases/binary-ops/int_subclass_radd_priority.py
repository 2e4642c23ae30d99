# ---
# features: [binary-ops, operator-dispatch, subclass-priority]
# dialect: py2+3
# description: an int subclass overriding __radd__ wins over int.__add__
# ---
class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"
print(1 + MyInt(2))
print(MyInt(2) + 1)
