# ---
# features: [binary-ops, operator-dispatch, sequences]
# dialect: py2+3
# description: repeating a sequence by a float raises TypeError
# ---
try:
    [1] * 2.0
except TypeError:
    print("TypeError")
