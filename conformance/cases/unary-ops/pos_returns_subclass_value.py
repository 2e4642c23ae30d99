# ---
# features: [unary-ops, operator-dispatch]
# dialect: py3
# description: +x on an int subclass returns a plain int
# ---
class I(int):
    pass
print(type(+I(3)).__name__)
print(type(-I(3)).__name__)
print(type(abs(I(-3))).__name__)
