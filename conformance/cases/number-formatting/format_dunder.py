# ---
# features: [number-formatting, formatting, operator-dispatch]
# dialect: py3
# description: format() calls __format__ with the spec
# ---
class T:
    def __format__(self, spec):
        return "T(" + spec + ")"
print(format(T(), "xyz"))
print("{:abc}".format(T()))
print(f"{T():q}")
