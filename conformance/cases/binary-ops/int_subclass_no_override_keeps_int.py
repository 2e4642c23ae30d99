# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: an int subclass without overrides yields a plain int from +
# ---
class MyInt(int):
    pass
r = MyInt(2) + MyInt(3)
print(type(r).__name__)
print(r)
