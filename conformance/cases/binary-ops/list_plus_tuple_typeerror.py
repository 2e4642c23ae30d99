# ---
# features: [binary-ops, operator-dispatch, sequences]
# dialect: py2+3
# description: list + tuple raises TypeError
# ---
try:
    [1] + (2,)
except TypeError:
    print("TypeError")
print([1] + [2])
