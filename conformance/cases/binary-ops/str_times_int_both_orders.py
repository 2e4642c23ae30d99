# ---
# features: [binary-ops, operator-dispatch, sequences]
# dialect: py2+3
# description: sequence repetition works with the int on either side
# ---
print("ab" * 3)
print(3 * "ab")
print([1, 2] * 2)
print(2 * (0,))
