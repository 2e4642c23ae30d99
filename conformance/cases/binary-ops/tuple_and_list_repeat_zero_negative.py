# ---
# features: [binary-ops, operator-dispatch, sequences]
# dialect: py2+3
# description: repeating a sequence by zero or a negative count gives an empty sequence
# ---
print([1, 2] * 0)
print((1,) * -3)
print(repr("x" * -1))
