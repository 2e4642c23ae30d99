# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: when only __radd__ exists and it returns a value, that value is the result
# ---
class B(object):
    def __radd__(self, other):
        return ("radd", other)
print(1 + B())
print("s" + B())
