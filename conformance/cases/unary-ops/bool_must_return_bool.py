# ---
# features: [unary-ops, operator-dispatch, truthiness]
# dialect: py3
# description: __bool__ returning a non-bool raises TypeError
# ---
class B:
    def __bool__(self):
        return 1
try:
    bool(B())
except TypeError:
    print("TypeError")
try:
    if B():
        pass
except TypeError:
    print("TypeError in if")
