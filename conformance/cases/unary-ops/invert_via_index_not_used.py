# ---
# features: [unary-ops, operator-dispatch]
# dialect: py3
# description: ~ does not use __index__
# ---
class I:
    def __index__(self):
        return 5
try:
    ~I()
except TypeError:
    print("TypeError")
print(~5)
