# ---
# features: [binary-ops, operator-dispatch, numbers]
# dialect: py2+3
# description: int and float operands produce a float
# ---
print(1 + 2.5)
print(type(3 * 1.0).__name__)
print(2.0 ** 3)
print(type(7 // 2.0).__name__)
print(7 // 2.0)
