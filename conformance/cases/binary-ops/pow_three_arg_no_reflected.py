# ---
# features: [binary-ops, operator-dispatch]
# dialect: py3
# description: three-argument pow does not try __rpow__
# ---
class T:
    def __rpow__(self, other):
        return "rpow"
print(2 ** T())
try:
    pow(2, T(), 5)
except TypeError:
    print("TypeError")
